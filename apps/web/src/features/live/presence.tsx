import { useMutation, useSubscription } from '@apollo/client/react';
import { graphql, type PlanPresenceSubscription } from '@oogo/web-data-access';
import type { Stage } from '@oogo/shared-domain';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';

const PlanPresenceSubscriptionDocument = graphql(`
  subscription PlanPresence($planId: ID!) {
    planPresence(planId: $planId) {
      planId
      clientId
      people {
        clientId
        userId
        displayName
        organizationName
        stage
        itemId
        field
      }
    }
  }
`);

const UpdatePresenceMutation = graphql(`
  mutation UpdatePresence($input: UpdatePresenceInput!) {
    updatePresence(input: $input)
  }
`);

export type PresentPerson = PlanPresenceSubscription['planPresence']['people'][number];

export interface PresenceLocation {
  stage?: Stage | null;
  itemId?: string | null;
  field?: string | null;
}

interface PresenceState {
  /** The others in the plan (this browser tab left out). */
  others: PresentPerson[];
  /** Where this user is now: the bouwsteen, the item, the field being edited. */
  setLocation: (location: PresenceLocation) => void;
}

const PresenceContext = createContext<PresenceState>({ others: [], setLocation: () => undefined });

/** The api forgets a client after 30 seconds of silence. */
const HEARTBEAT_MS = 15_000;

/** Being in a plan: subscribes to who else is there, and tells where this user is. */
export function PresenceProvider({ planId, children }: { planId: string; children: ReactNode }) {
  const { data } = useSubscription(PlanPresenceSubscriptionDocument, { variables: { planId } });
  const [updatePresence] = useMutation(UpdatePresenceMutation);
  const clientId = data?.planPresence.clientId;
  const location = useRef<PresenceLocation>({});

  const send = useCallback(() => {
    if (!clientId) return;
    void updatePresence({
      variables: {
        input: {
          planId,
          clientId,
          stage: location.current.stage ?? null,
          itemId: location.current.itemId ?? null,
          field: location.current.field ?? null,
        },
      },
    }).catch(() => undefined); // a missed heartbeat is repaired by the next one
  }, [clientId, planId, updatePresence]);

  useEffect(() => {
    send();
    const timer = setInterval(send, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [send]);

  const setLocation = useCallback(
    (next: PresenceLocation) => {
      const current = location.current;
      if (
        (current.stage ?? null) === (next.stage ?? null) &&
        (current.itemId ?? null) === (next.itemId ?? null) &&
        (current.field ?? null) === (next.field ?? null)
      ) {
        return;
      }
      location.current = next;
      send();
    },
    [send],
  );

  const others = useMemo(
    () => (data?.planPresence.people ?? []).filter((person) => person.clientId !== clientId),
    [data, clientId],
  );
  const value = useMemo(() => ({ others, setLocation }), [others, setLocation]);
  return <PresenceContext.Provider value={value}>{children}</PresenceContext.Provider>;
}

export function usePresence(): PresenceState {
  return useContext(PresenceContext);
}

/** Tells the others which bouwsteen this page is about, for as long as it is open. */
export function usePresenceOnStage(stage: Stage | null) {
  const { setLocation } = usePresence();
  useEffect(() => {
    setLocation({ stage });
  }, [stage, setLocation]);
}

/** Initials for an avatar: "Anna de Vries" → "AV". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const picked = words.length ? words : name.split(/\s+/);
  return (picked[0]?.[0] ?? '?')
    .concat(picked.length > 1 ? (picked.at(-1)?.[0] ?? '') : '')
    .toUpperCase();
}

/** Others on this bouwsteen (or in the whole plan without a stage), as avatars with names. */
export function PresenceAvatars({ stage, label }: { stage?: Stage; label: string }) {
  const { others } = usePresence();
  const here = stage ? others.filter((person) => person.stage === stage) : others;
  // One avatar per person, even with the plan open in two tabs.
  const people = [...new Map(here.map((person) => [person.userId, person])).values()];
  if (!people.length) return null;
  return (
    <ul className="oogo-avatars" aria-label={label}>
      {people.map((person) => (
        <li key={person.userId} className="oogo-avatar" title={person.displayName}>
          <span aria-hidden="true">{initialsOf(person.displayName)}</span>
          <span className="oogo-visually-hidden">
            {person.displayName}
            {person.organizationName ? ` (${person.organizationName})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Who else is editing this item (or this one field of it) right now. */
export function useEditorsOf(itemId: string | undefined, field?: string): PresentPerson[] {
  const { others } = usePresence();
  return others.filter(
    (person) =>
      itemId !== undefined &&
      person.itemId === itemId &&
      person.field !== null &&
      (field === undefined || person.field === field),
  );
}
