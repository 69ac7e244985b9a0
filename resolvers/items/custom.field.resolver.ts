/** Defining, listing and removing custom fields; the rules and Cypher are graph/items/custom.fields*.ts. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { defineCustomField, listCustomFields, removeCustomField } from '../../graph/items/custom.fields';
import { CustomField, CustomFieldDefinition, CustomFieldInput } from '../../schema/items/custom.field.types';
import { CIClass } from '../../schema/model/enums';
import type { Context } from '../platform/context';

@Resolver(() => CustomField)
export class CustomFieldResolver {
  @Query(() => [CustomField], { description: 'The custom fields of one class, or of every class, by class and name.' })
  customFields(@Arg('class', () => CIClass, { nullable: true }) className: string | undefined, @Ctx() ctx: Context) {
    return listCustomFields(ctx.db, className);
  }

  @Mutation(() => CustomFieldDefinition, {
    description:
      'Define a typed field of a class, or replace its definition (admin). Values live in the CIs’ attributes under its name; every write and import is checked against it from now on.',
  })
  defineCustomField(@Arg('input', () => CustomFieldInput) input: CustomFieldInput, @Ctx() ctx: Context) {
    return defineCustomField(ctx.db, ctx.writer.actor, { ...input });
  }

  @Mutation(() => Boolean, {
    description:
      'Remove a custom field’s definition (admin); its values stay as plain attributes. False if there was none.',
  })
  removeCustomField(
    @Arg('class', () => CIClass) className: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ) {
    return removeCustomField(ctx.db, className, name);
  }
}
