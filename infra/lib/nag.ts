/**
 * Helpers for acknowledging cdk-nag findings. Every acknowledgement in this codebase
 * names its reason where it is made; these only spell the finding ids the way cdk-nag
 * does, since IAM5 findings name resources by their CloudFormation logical id.
 */
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** cdk-nag's name for a resource (`<LogicalId>`, its Ref) or one of its attributes (`<LogicalId.Arn>`). */
export function nagRef(resource: IConstruct, attribute?: string): string {
  const element = (resource.node.defaultChild ?? resource) as CfnElement;
  const logicalId = Stack.of(resource).resolve(element.logicalId) as string;
  return attribute ? `<${logicalId}.${attribute}>` : `<${logicalId}>`;
}

/** Acknowledges each finding id on `scope` (and everything under it) for one reason. */
export function acknowledge(scope: IConstruct, findings: readonly string[], reason: string): void {
  for (const id of findings) Validations.of(scope).acknowledge({ id, reason });
}
