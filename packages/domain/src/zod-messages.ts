import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function describeType(expected: string): string {
  return TYPE_NAMES[expected] ?? `of type ${expected}`;
}

/**
 * Words the default messages for checks that carry no message of their own, so every API error
 * names what was expected. Schema-level messages take precedence over these.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? 'is required'
          : `must be ${describeType(issue.expected)}`;
      case 'invalid_value':
        return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
      case 'too_big':
        return issue.origin === 'string'
          ? `must be at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
      case 'too_small':
        return issue.origin === 'string'
          ? `must be at least ${String(issue.minimum)} characters`
          : `must be at least ${String(issue.minimum)}`;
      case 'invalid_union':
        // Unions here are "one value or a list of them"; the first branch's message fits both.
        return issue.errors[0]?.[0]?.message;
      default:
        return undefined;
    }
  },
});
