import { Stack, Text, Title } from '@mantine/core';

import { AnchorLink } from './links';

export function NotFoundPage() {
  return (
    <Stack p="xl" maw={640}>
      <Title order={1}>Page not found</Title>
      <Text>There is no page at this address.</Text>
      <AnchorLink to="/">Go to today&apos;s appointments</AnchorLink>
    </Stack>
  );
}
