import{D as e}from"./api-AluvD0fx.js";var t=e(`
  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {
    reportAttemptEvents(attemptId: $attemptId, events: $events)
  }
`),n=e(`
  query AttemptIntegrity($attemptId: ID!) {
    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }
  }
`),r=e(`
  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {
    noteAttemptEvents(attemptId: $attemptId, note: $note)
  }
`);export{r as n,t as r,n as t};