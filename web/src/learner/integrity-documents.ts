// Integrity events of the exam page (leaving and coming back), typed from schema.graphql.
import { graphql } from '@/gql'

export const ReportAttemptEventsDocument = graphql(`
  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {
    reportAttemptEvents(attemptId: $attemptId, events: $events)
  }
`)

export const AttemptIntegrityDocument = graphql(`
  query AttemptIntegrity($attemptId: ID!) {
    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }
  }
`)

export const NoteAttemptEventsDocument = graphql(`
  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {
    noteAttemptEvents(attemptId: $attemptId, note: $note)
  }
`)
