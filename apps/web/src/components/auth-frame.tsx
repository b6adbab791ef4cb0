import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Centres the sign-in, sign-up and invitation forms in a card. */
export function AuthFrame(props: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480} component="main">
        <Stack gap="md">
          <div>
            <Text fw={700} c="teal.7" size="sm">
              medsys
            </Text>
            <Title order={1} size="h2">
              {props.title}
            </Title>
            {props.subtitle && (
              <Text c="dimmed" size="sm" mt={4}>
                {props.subtitle}
              </Text>
            )}
          </div>
          {props.children}
        </Stack>
      </Paper>
    </Center>
  );
}
