import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { agreementTemplateSchema, agreementVersionSchema } from '@samverkan/agreements';
import { routineDefinitionSchema } from '@samverkan/workflows';
import { z } from 'zod';
import { answerSchemas } from './answer-schemas.generated.js';
import { schemaRef } from '../platform/openapi/answers.decorator.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** zod schemas as JSON Schema: integrators validate against the very rules the API enforces. */
function fromZod(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete json['$schema']; // the document states its dialect once
  return json as SchemaObject;
}

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
      AgreementVersion: fromZod(agreementVersionSchema, 'input'),
      AgreementTemplate: fromZod(agreementTemplateSchema, 'input'),
      RoutineDefinition: fromZod(routineDefinitionSchema, 'output'),
    },
  };
  return withErrorAnswers(document);
}
