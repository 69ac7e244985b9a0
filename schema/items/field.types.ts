/**
 * How each field kind of the class table appears in GraphQL, for output
 * (object types) and input (create and patch inputs).
 */
import { Field, Float, InputType, Int } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import type { FieldKind, FieldSpec } from '../../graph/model/classes';
import { ModelEnums } from '../model/enums';
import { DateScalar, DateTimeScalar } from '../platform/scalars';

@ObjectType({ description: 'An amount of money in minor units (cents) with its ISO-4217 currency.' })
export class Money {
  @Field(() => Number, { description: 'Amount in minor units, e.g. 129900 for 1,299.00.' })
  amount!: number;

  @Field(() => String, { description: 'ISO-4217 currency code, e.g. EUR.' })
  currency!: string;
}

@InputType({ description: 'An amount of money in minor units (cents) with its ISO-4217 currency.' })
export class MoneyInput {
  @Field(() => Number, { description: 'Amount in minor units (a whole number).' })
  amount!: number;

  @Field(() => String, { description: 'ISO-4217 currency code, e.g. EUR.' })
  currency!: string;
}

type TypeValue = Parameters<typeof Field>[0];

function graphqlType(kind: FieldKind, forInput: boolean): TypeValue {
  if (typeof kind === 'object') return () => ModelEnums[kind.enum];
  switch (kind) {
    case 'string':
      return () => String;
    case 'int':
      return () => Int;
    case 'float':
      return () => Float;
    case 'boolean':
      return () => Boolean;
    case 'date':
      return () => DateScalar;
    case 'datetime':
      return () => DateTimeScalar;
    case 'strings':
      return () => [String];
    case 'money':
      return forInput ? () => MoneyInput : () => Money;
  }
}

/** Declare the table's fields on a decorated class, as type-graphql would from @Field. */
export function declareFields(target: { prototype: object }, fields: readonly FieldSpec[], forInput: boolean): void {
  for (const field of fields) {
    Field(graphqlType(field.kind, forInput) as never, { nullable: true, description: field.description })(
      target.prototype,
      field.name,
    );
  }
}
