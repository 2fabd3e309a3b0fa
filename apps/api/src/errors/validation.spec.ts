import { ArgumentMetadata } from '@nestjs/common';
import { IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ApiError } from './api-error';
import { apiValidationPipe } from './validation';

class Inner {
  @IsInt()
  @Min(1)
  @Max(100)
  top!: number;
}

class Body {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Inner)
  options!: Inner;
}

const asBody: ArgumentMetadata = { type: 'body', metatype: Body };

async function refusal(value: unknown): Promise<ApiError> {
  try {
    await apiValidationPipe().transform(value, asBody);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected the body to be refused');
}

describe('apiValidationPipe', () => {
  it('passes a good body through as an instance of the DTO', async () => {
    const value = (await apiValidationPipe().transform({ name: 'a', options: { top: 5 } }, asBody)) as Body;
    expect(value).toBeInstanceOf(Body);
    expect(value.options).toBeInstanceOf(Inner);
  });

  it('refuses with 400 BAD_INPUT naming each problem once, nested ones by their path', async () => {
    const e = await refusal({ options: { top: 0 } });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.getStatus()).toBe(400);
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toBe('name must be a string; options.top must not be less than 1');
  });

  it('refuses fields the DTO does not declare', async () => {
    const e = await refusal({ name: 'a', options: { top: 5 }, admin: true });
    expect(e.message).toBe('property admin should not exist');
  });
});
