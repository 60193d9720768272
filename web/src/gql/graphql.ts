/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Employment status (在职状态). */
export type EmploymentStatus =
  /** 在职 */
  | 'IN_SERVICE'
  /** 离职 */
  | 'LEFT'
  /** 退休 */
  | 'RETIRED'
  /** 调出: left the old unit, not yet in the new one. */
  | 'TRANSFERRING';

/** What an account may do. */
export type Role =
  /** 市委法制办: a city's subtree. */
  | 'CITY_ADMIN'
  /** 区委法制办 (依法治区办): a district's units. */
  | 'DISTRICT_ADMIN'
  /** 学员: oneself. Held by being on a unit's roster, never granted. */
  | 'LEARNER'
  /** 省委法制办: the whole province. */
  | 'PROVINCE_ADMIN'
  /** 单位管理员: one unit's roster. */
  | 'UNIT_ADMIN';

export type LoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, mustChangePassword: boolean, account: { id: string, name: string, phone: string } } };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, phone: string, mustChangePassword: boolean, roles: Array<{ role: Role }>, learner: { id: string, name: string, rank: string | null, status: EmploymentStatus, retirementDate: string | null, unit: { id: string, name: string, hasInternet: boolean } | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    expiresAt
    mustChangePassword
    account {
      id
      name
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    phone
    mustChangePassword
    roles {
      role
    }
    learner {
      id
      name
      rank
      status
      retirementDate
      unit {
        id
        name
        hasInternet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;