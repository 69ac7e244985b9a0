/** API tokens and the caller, as the API shows them (never a hash; the secret only once, on creation). */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ROLES } from '../../graph/model/roles';
import { DateTimeScalar } from '../platform/scalars';

/** API names in capitals; tokens and rules use the lower-case role. */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r.toUpperCase(), r]));
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a caller may do; each role has the rights of those before it.',
  valuesConfig: {
    VIEWER: { description: 'Read and subscribe.' },
    EDITOR: { description: 'Write CIs, relationships, lifecycle, status and imports.' },
    ADMIN: { description: 'Tokens, webhooks, deletes and forced operations.' },
  },
});

@ObjectType({ description: 'An API token: who it is (the actor of its changes), its role and its life.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Recorded as the actor of every change made with the token.' })
  name!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'Who made it.' })
  createdBy?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last use, to the minute.' })
  lastUsedAt?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt?: string;

  @Field(() => Boolean, { description: 'Neither revoked nor expired.' })
  active!: boolean;
}

@ObjectType({ description: 'A new token and its secret.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field(() => String, {
    description: 'The bearer token (Authorization: Bearer …). Shown this once; only its hash is stored.',
  })
  secret!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Who or what uses it, e.g. "monitoring"; the actor of its changes.' })
  name!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (1–3650); omitted: until revoked.' })
  expiresInDays?: number;
}

@ObjectType({ description: 'Who the request runs as.' })
export class Caller {
  @Field(() => String, { description: 'The actor recorded on changes: the token name or the OIDC user.' })
  name!: string;

  @Field(() => RoleEnum)
  role!: string;
}
