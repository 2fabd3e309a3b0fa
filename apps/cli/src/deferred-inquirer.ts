import Module, { createRequire } from 'node:module';

interface Inquirer {
  prompt(...args: unknown[]): unknown;
  createPromptModule(...args: unknown[]): unknown;
  registerPrompt(...args: unknown[]): unknown;
  restoreDefaultPrompts(...args: unknown[]): unknown;
  prompts: unknown;
  Separator: unknown;
  ui: unknown;
}

/**
 * nest-commander requires inquirer as it loads (for its InquirerService prompts), and with it lodash,
 * readable streams and every prompt type: about 0.1 s of CPU at each start. No command of ours prompts,
 * so require's cache gets a stand-in with inquirer's API that loads the real module on first use.
 * Nest and nest-commander only ever look for hooks (`then`, `onModuleInit`, `constructor`) on it,
 * which the stand-in answers itself. Imported for its effect, before nest-commander (see main.ts).
 */
function deferInquirer(): void {
  let file: string;
  try {
    file = createRequire(require.resolve('nest-commander')).resolve('inquirer');
  } catch {
    return; // this nest-commander does not use inquirer: nothing to defer
  }
  if (require.cache[file]) return;
  const load = createRequire(file);
  let real: Inquirer | undefined;
  const inquirer = (): Inquirer => {
    if (!real) {
      delete require.cache[file];
      real = load(file) as Inquirer;
    }
    return real;
  };
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = {
    // So TypeScript's __importStar in nest-commander hands this object over as it is.
    __esModule: true,
    prompt: (...args: unknown[]) => inquirer().prompt(...args),
    createPromptModule: (...args: unknown[]) => inquirer().createPromptModule(...args),
    registerPrompt: (...args: unknown[]) => inquirer().registerPrompt(...args),
    restoreDefaultPrompts: (...args: unknown[]) => inquirer().restoreDefaultPrompts(...args),
    get prompts() {
      return inquirer().prompts;
    },
    get Separator() {
      return inquirer().Separator;
    },
    get ui() {
      return inquirer().ui;
    },
  };
  require.cache[file] = standIn;
}

deferInquirer();
