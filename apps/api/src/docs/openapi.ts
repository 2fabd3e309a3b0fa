import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const DOCS_PATH = 'docs';

/**
 * The OpenAPI document, generated from the controllers and DTOs: the UI at /docs, the JSON at
 * /docs-json. Every operation needs the bearer token unless its route is @Public().
 */
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Job Hunter API')
    .setDescription(
      'Start a job hunt from a resume and preferences, follow it, and read and mark its shortlist ' +
        '(docs/contract.md section 7). Errors are `{"error": {"code", "message"}}`.',
    )
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JH_API_TOKEN',
      description: 'the API token set in JH_API_TOKEN',
    })
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup(DOCS_PATH, app, SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    raw: ['json'],
  });
}
