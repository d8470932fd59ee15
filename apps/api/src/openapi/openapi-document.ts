import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { agreementTemplateSchema, agreementVersionSchema } from '@samverkan/agreements';
import { routineDefinitionSchema } from '@samverkan/workflows';
import { answerSchemas } from './answer-schemas.generated.js';
import { schemaRef } from '../platform/openapi/answers.decorator.js';
import { zodComponents } from '../platform/openapi/zod-components.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Every refusal is JSON with a stable code (platform/errors); a validation failure lists each
 * offending field in `details.problems`. Stated once per operation, for 4xx and 5xx alike.
 */
function withErrorAnswers(document: OpenAPIObject): OpenAPIObject {
  const error = {
    description: 'A refusal: `code` is stable, `message` explains; `details.problems` lists each offending field',
    content: { 'application/json': { schema: schemaRef('ErrorBody') } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) operation.responses = { ...operation.responses, '4XX': error, '5XX': error };
    }
  }
  return document;
}

export function openApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Samverkan API')
    .setDescription('Cooperation agreements against domestic violence as data; their routines as durable statecharts.')
    .setVersion('0.1.0')
    // 3.1: its schemas are JSON Schema 2020-12, as the generated answer schemas and zod's are.
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...(answerSchemas as Record<string, SchemaObject>),
      // zod schemas as JSON Schema: integrators validate against the very rules the API enforces.
      ...(zodComponents('AgreementVersion', agreementVersionSchema, 'input') as Record<string, SchemaObject>),
      ...(zodComponents('AgreementTemplate', agreementTemplateSchema, 'input') as Record<string, SchemaObject>),
      ...(zodComponents('RoutineDefinition', routineDefinitionSchema, 'output') as Record<string, SchemaObject>),
    },
  };
  return withErrorAnswers(document);
}
