/**
 * An agency's answer templates: one partition per agency, so its list is one Query.
 *   pk AGENCY#<agency>#TEMPLATES   sk TEMPLATE#<id>
 */
export const answerTemplateKeys = {
  pk: (agencyId: string) => `AGENCY#${agencyId}#TEMPLATES`,
  sk: (id: string) => `TEMPLATE#${id}`,
  skPrefix: 'TEMPLATE#',
};
