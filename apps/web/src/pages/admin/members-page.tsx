import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Member, Role } from '@medsys/domain';
import { MAX_PAGE_SIZE } from '@medsys/domain';
import { IconArchive, IconEdit, IconRestore, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { messageOf } from '../../api/errors';
import { useDepartmentMap } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { EmptyState, QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/clinic-time';
import { useSession } from '../../session/use-session';
import { EditMemberModal } from './edit-member-modal';
import { InviteMemberModal } from './invite-member-modal';

const ROLE_TABS: { role: Role; label: string }[] = [
  { role: 'doctor', label: 'Doctors' },
  { role: 'staff', label: 'Staff' },
  { role: 'admin', label: 'Admins' },
];

function MemberTable({ role, isArchived }: { role: Role; isArchived: boolean }) {
  const { member: me } = useSession();
  const queryClient = useQueryClient();
  const departments = useDepartmentMap();
  const [editing, setEditing] = useState<Member | null>(null);
  const members = useQuery(
    trpc.members.list.queryOptions({ role, isArchived, limit: MAX_PAGE_SIZE }),
  );
  const onChange = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.members.pathKey() }),
    onError: (error: unknown) => {
      notifications.show({ color: 'red', title: 'Not changed', message: messageOf(error) });
    },
  };
  const archive = useMutation(trpc.members.archive.mutationOptions(onChange));
  const restore = useMutation(trpc.members.restore.mutationOptions(onChange));

  return (
    <>
      <QueryState query={members} label="members">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>{isArchived ? 'No archived members.' : 'No members yet.'}</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label="Members">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Email</Table.Th>
                    <Table.Th scope="col">Phone</Table.Th>
                    {role === 'doctor' && <Table.Th scope="col">Specialty</Table.Th>}
                    {role === 'doctor' && <Table.Th scope="col">Department</Table.Th>}
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        {member.fullName}
                        {member.id === me.id && (
                          <Badge size="xs" ml={6} variant="light">
                            You
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{member.email}</Table.Td>
                      <Table.Td>{member.phone ?? '—'}</Table.Td>
                      {role === 'doctor' && <Table.Td>{member.specialty ?? '—'}</Table.Td>}
                      {role === 'doctor' && (
                        <Table.Td>
                          {member.departmentId
                            ? (departments.get(member.departmentId)?.name ?? '—')
                            : '—'}
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Edit ${member.fullName}`}
                            onClick={() => {
                              setEditing(member);
                            }}
                          >
                            <IconEdit size={16} />
                          </ActionIcon>
                          {member.id !== me.id &&
                            (member.archivedAt === null ? (
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Deactivate ${member.fullName}`}
                                onClick={() => archive.mutate({ id: member.id })}
                              >
                                <IconArchive size={16} />
                              </ActionIcon>
                            ) : (
                              <ActionIcon
                                variant="subtle"
                                aria-label={`Restore ${member.fullName}`}
                                onClick={() => restore.mutate({ id: member.id })}
                              >
                                <IconRestore size={16} />
                              </ActionIcon>
                            ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <EditMemberModal
        member={editing}
        onClose={() => {
          setEditing(null);
        }}
      />
    </>
  );
}

function InvitationTable() {
  const { clinic } = useSession();
  const queryClient = useQueryClient();
  const invitations = useQuery(
    trpc.invitations.list.queryOptions({ isOpen: true, limit: MAX_PAGE_SIZE }),
  );
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.invitations.pathKey() }),
      onError: (error) => {
        notifications.show({ color: 'red', title: 'Not revoked', message: messageOf(error) });
      },
    }),
  );

  return (
    <QueryState query={invitations} label="invitations">
      {(page) =>
        page.items.length === 0 ? (
          <EmptyState>No open invitations.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label="Open invitations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td tt="capitalize">{invitation.role}</Table.Td>
                    <Table.Td>{formatDateTime(invitation.expiresAt, clinic.timeZone)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => revoke.mutate({ id: invitation.id })}
                      >
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}

/** Lists the clinic's members by role for admins, who invite, edit, deactivate and restore them. */
export function MembersPage() {
  const [isArchived, setArchived] = useState(false);
  const [isInviting, setInviting] = useState(false);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Members</Title>
        <Button
          leftSection={<IconUserPlus size={16} />}
          onClick={() => {
            setInviting(true);
          }}
        >
          Invite member
        </Button>
      </Group>
      <Tabs defaultValue="doctor" keepMounted={false}>
        <Tabs.List>
          {ROLE_TABS.map((tab) => (
            <Tabs.Tab key={tab.role} value={tab.role}>
              {tab.label}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="invitations">Invitations</Tabs.Tab>
        </Tabs.List>
        {ROLE_TABS.map((tab) => (
          <Tabs.Panel key={tab.role} value={tab.role} pt="sm">
            <Stack gap="sm">
              <Switch
                label="Show deactivated members"
                checked={isArchived}
                onChange={(event) => {
                  setArchived(event.currentTarget.checked);
                }}
              />
              <MemberTable role={tab.role} isArchived={isArchived} />
            </Stack>
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="invitations" pt="sm">
          <Text size="sm" c="dimmed" mb="xs">
            Invitations not yet accepted, revoked or expired.
          </Text>
          <InvitationTable />
        </Tabs.Panel>
      </Tabs>
      <InviteMemberModal
        opened={isInviting}
        onClose={() => {
          setInviting(false);
        }}
      />
    </Stack>
  );
}
