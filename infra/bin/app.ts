/** The CDK app: the stage's settings from cdk.json (`-c stage=prod`), then its stacks. */
import { App } from 'aws-cdk-lib';
import { addServiceStacks } from '../lib/service-app.ts';
import { readStage } from '../lib/settings.ts';

const app = new App();
addServiceStacks(app, readStage(app.node));
