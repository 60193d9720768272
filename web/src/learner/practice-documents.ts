// Practice (模拟练习) and the wrong-answer book (错题本), typed from schema.graphql.
import { graphql } from '@/gql'

export const PracticeLawsDocument = graphql(`
  query PracticeLaws {
    practiceLaws { lawSource questions }
  }
`)

export const PracticeQuestionsDocument = graphql(`
  query PracticeQuestions($lawSource: String, $count: Int!) {
    practiceQuestions(lawSource: $lawSource, count: $count) {
      id
      type
      stem
      options { key text }
      lawSource
    }
  }
`)

export const AnswerPracticeDocument = graphql(`
  mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {
    answerPractice(questionId: $questionId, answer: $answer) {
      correct
      correctAnswer
      explanation
      lawSource
    }
  }
`)

export const MyMistakesDocument = graphql(`
  query MyMistakes {
    myMistakes {
      question { id type stem options { key text } lawSource }
      wrongCount
      lastWrongAt
      answeredRight
    }
  }
`)

export const RemoveMistakeDocument = graphql(`
  mutation RemoveMistake($questionId: ID!) {
    removeMistake(questionId: $questionId)
  }
`)
