import * as ts from 'typescript';
import { SHORTLIST_CONTROLS_FILE, scriptHashSource, shortlistControlsScript } from './shortlist-controls';

describe('the shortlist controls script', () => {
  it('type-checks as strict JS against the DOM, with no Node types', () => {
    const program = ts.createProgram([SHORTLIST_CONTROLS_FILE], {
      allowJs: true,
      checkJs: true,
      noEmit: true,
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('is a classic script that names its contract and uses no eval, Function or innerHTML', () => {
    const text = shortlistControlsScript();
    expect(text).toContain('[data-sl-root]');
    expect(text).not.toMatch(/^\s*(import|export)\b/m);
    expect(text).not.toMatch(/\beval\(|new Function|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('gives the CSP source of a text', () => {
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
