/** The API types of custom fields: a definition, the input that defines one, and what defining it found. */
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELD_TYPES } from '../../graph/model/custom.fields';
import { CIClass } from '../model/enums';
import { DateTimeScalar } from '../platform/scalars';

export const CustomFieldTypeEnum = Object.fromEntries(CUSTOM_FIELD_TYPES.map((t) => [t, t]));
registerEnumType(CustomFieldTypeEnum, {
  name: 'CustomFieldType',
  description: 'What values a custom field takes (as JSON in attributes; an import reads them from text).',
  valuesConfig: {
    BOOLEAN: { description: 'true or false (an import reads TRUE/yes/Y/1 and FALSE/no/N/0, any case).' },
    INTEGER: { description: 'A whole number.' },
    DECIMAL: { description: 'A number.' },
    DATE: { description: 'A calendar date as text, YYYY-MM-DD.' },
    ENUM: { description: 'One of the field’s choices (an import matches them ignoring case and punctuation).' },
    URL: { description: 'An http or https URL.' },
    LIST: { description: 'A list of texts (an import splits the cell on the list separator).' },
  },
});

@ObjectType({ description: 'A typed field a class carries in its CIs’ attributes, under its name.' })
export class CustomField {
  @Field(() => CIClass)
  class!: string;

  @Field(() => String, { description: 'The attribute its values are stored under.' })
  name!: string;

  @Field(() => String, { description: 'What people call it; an import column with this header fills it.' })
  label!: string;

  @Field(() => CustomFieldTypeEnum)
  type!: string;

  @Field(() => Boolean, { description: 'A CI of the class cannot be created, or have it removed, without it.' })
  required!: boolean;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'The values an ENUM field allows.' })
  choices?: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => String, { description: 'Who defined it last.' })
  updatedBy!: string;
}

@InputType({ description: 'A custom field to create, or to replace whole if the class has one of that name.' })
export class CustomFieldInput {
  @Field(() => CIClass)
  class!: string;

  @Field(() => String, { description: 'Letters, digits and _, not starting with a digit; not a field of the class.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the name.' })
  label?: string;

  @Field(() => CustomFieldTypeEnum)
  type!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  required?: boolean;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'ENUM fields only: the values allowed.' })
  choices?: string[];
}

@ObjectType({
  description: 'A CI whose stored value does not fit a custom field (stored before the field was defined).',
})
export class NonConformingValue {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'A custom field as defined, and the stored values that do not fit it yet.' })
export class CustomFieldDefinition {
  @Field(() => CustomField)
  field!: CustomField;

  @Field(() => Int, {
    description: 'CIs of the class whose value does not fit (their next write must fix it); nothing was rewritten.',
  })
  nonConformingCount!: number;

  @Field(() => [NonConformingValue], { description: 'The first 20 of them, by id.' })
  nonConforming!: NonConformingValue[];
}
