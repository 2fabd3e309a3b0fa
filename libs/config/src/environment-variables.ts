import { Transform, type TransformFnParams } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
} from 'class-validator';
import {
  isDatabaseUrl,
  isHostname,
  isHostPort,
  isHttpUrl,
  isSmtpUrl,
  isSpaceFreeName,
  parseBoolean,
  parseDecimal,
} from './value-checks';

// Each decorator's message is the "expected …" half of an error line; loadConfig adds the name and value.

function Satisfies(check: (value: unknown) => boolean, expected: string): PropertyDecorator {
  return ValidateBy(
    { name: 'satisfies', validator: { validate: (value: unknown) => check(value) } },
    { message: expected },
  );
}

const asBoolean = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? (parseBoolean(value) ?? value) : value;
const asNumber = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? parseDecimal(value) : value);
const asLowerCase = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.toLowerCase() : value;

const BOOLEAN = 'expected true or false (1/0 and yes/no also work)';
const NAME = 'expected a non-empty name without spaces';
const COUNT = 'expected a whole number greater than 0';
const SECRET = 'expected a single token without spaces or line breaks';

function BooleanVar(): PropertyDecorator {
  return (target, key) => {
    Transform(asBoolean)(target, key);
    IsBoolean({ message: BOOLEAN })(target, key);
  };
}

function IntegerVar(min: number, max: number, expected: string): PropertyDecorator {
  return (target, key) => {
    Transform(asNumber)(target, key);
    IsInt({ message: expected })(target, key);
    Min(min, { message: expected })(target, key);
    Max(max, { message: expected })(target, key);
  };
}

function SecretVar(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    Matches(/^\S+$/, { message: SECRET })(target, key);
  };
}

function ReadableFileVar(): PropertyDecorator {
  // Existence and readability are checked in code after validation (see loadConfig): they touch the file system.
  return (target, key) => {
    IsOptional()(target, key);
    IsString()(target, key);
  };
}

/**
 * The raw settings after defaults are applied and strings are converted; one property per variable of
 * ENV_VARIABLES. Cross-field and file-system rules live in loadConfig.
 */
export class EnvironmentVariables {
  @Transform(asLowerCase)
  @IsIn(['checkpoint', 'temporal'], { message: 'expected checkpoint or temporal' })
  JH_ORCHESTRATOR!: 'checkpoint' | 'temporal';

  @Satisfies(isHostPort, 'expected host:port, e.g. localhost:7233 or my-namespace.tmprl.cloud:7233')
  JH_TEMPORAL_ADDRESS!: string;

  @Satisfies(isSpaceFreeName, NAME)
  JH_TEMPORAL_NAMESPACE!: string;

  @Satisfies(isSpaceFreeName, NAME)
  JH_TEMPORAL_TASK_QUEUE!: string;

  @Satisfies(isSpaceFreeName, NAME)
  JH_TEMPORAL_LLM_TASK_QUEUE!: string;

  @Satisfies(isSpaceFreeName, NAME)
  JH_TEMPORAL_SCRAPING_TASK_QUEUE!: string;

  @ReadableFileVar()
  JH_TEMPORAL_TLS_CERT_PATH?: string;

  @ReadableFileVar()
  JH_TEMPORAL_TLS_KEY_PATH?: string;

  @ReadableFileVar()
  JH_TEMPORAL_TLS_CA_PATH?: string;

  @IsOptional()
  @Satisfies((v) => typeof v === 'string' && isHostname(v), 'expected a hostname, e.g. my-namespace.tmprl.cloud')
  JH_TEMPORAL_TLS_SERVER_NAME?: string;

  @SecretVar()
  JH_TEMPORAL_API_KEY?: string;

  @IntegerVar(1, Number.MAX_SAFE_INTEGER, 'expected a whole number of seconds greater than 0, e.g. 1800')
  JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS!: number;

  @BooleanVar()
  JH_TEMPORAL_FALLBACK!: boolean;

  @BooleanVar()
  JH_TEMPORAL_EMBEDDED_WORKER!: boolean;

  @SecretVar()
  JH_ANTHROPIC_API_KEY?: string;

  @IsOptional()
  @Satisfies(isHttpUrl, 'expected an http(s) URL, e.g. https://api.anthropic.com')
  JH_ANTHROPIC_BASE_URL?: string;

  @Satisfies(isSpaceFreeName, 'expected a model id without spaces, e.g. claude-haiku-4-5')
  JH_ANTHROPIC_MODEL!: string;

  @Transform(asNumber)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'expected a number of US dollars, 0 or more, e.g. 5' },
  )
  @Min(0, { message: 'expected a number of US dollars, 0 or more, e.g. 5' })
  JH_MAX_COST_PER_RUN_USD!: number;

  @IntegerVar(1, Number.MAX_SAFE_INTEGER, COUNT)
  JH_TOP_K_SEMANTIC!: number;

  @IntegerVar(1, Number.MAX_SAFE_INTEGER, COUNT)
  JH_TARGET_MATCHES!: number;

  @IntegerVar(0, 100, 'expected a whole number from 0 to 100')
  JH_MIN_SCORE!: number;

  @IntegerVar(1, Number.MAX_SAFE_INTEGER, COUNT)
  JH_MAX_DISCOVERY_ITERATIONS!: number;

  @Satisfies(isDatabaseUrl, 'expected sqlite:PATH, sqlite::memory: or postgres://user:password@host:5432/dbname')
  JH_DATABASE_URL!: string;

  @IntegerVar(1, Number.MAX_SAFE_INTEGER, COUNT)
  JH_SCRAPE_CACHE_TTL_HOURS!: number;

  // At most 150: the Temporal scrape activity itself is given 3 minutes per company.
  @IntegerVar(1, 150, 'expected a whole number of seconds from 1 to 150, e.g. 45')
  JH_BOARD_DEADLINE_SECONDS!: number;

  // It becomes an HTTP header: control characters would be rejected by Node or allow header injection.
  @Matches(/^[\x20-\x7e\t]+$/, { message: 'expected printable ASCII text on one line' })
  JH_USER_AGENT!: string;

  @IntegerVar(0, 600_000, 'expected a whole number of milliseconds from 0 to 600000')
  JH_SNAPSHOT_LATENCY_MS!: number;

  @BooleanVar()
  JH_ALLOW_LOOPBACK!: boolean;

  @IsString({ message: 'expected a directory path' })
  JH_OUTPUT_DIR!: string;

  @Transform(asLowerCase)
  @IsIn(['debug', 'info', 'warn', 'error'], { message: 'expected debug, info, warn or error' })
  JH_LOG_LEVEL!: 'debug' | 'info' | 'warn' | 'error';

  @IsOptional()
  @Satisfies(isSmtpUrl, 'expected smtp://user:password@host:587 or smtps://user:password@host:465')
  JH_SMTP_URL?: string;

  @IsOptional()
  @IsEmail(
    { allow_display_name: true, require_tld: false },
    { message: 'expected an email address, e.g. jobs@example.com or Job Hunter <jobs@example.com>' },
  )
  JH_EMAIL_FROM?: string;

  @IntegerVar(1, 65535, 'expected a port number from 1 to 65535')
  JH_API_PORT!: number;

  @SecretVar()
  JH_API_TOKEN?: string;
}
