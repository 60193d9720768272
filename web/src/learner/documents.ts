// The learners' pages' GraphQL documents, typed from schema.graphql by `npm run codegen`.
import { graphql } from '@/gql'

export const LoginDocument = graphql(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`)

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`)

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`)

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      phone
      mustChangePassword
      roles { role }
      learner {
        id
        name
        rank
        status
        retirementDate
        unit { id name hasInternet }
      }
    }
  }
`)
