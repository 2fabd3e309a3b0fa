import { ApiError } from '../errors/api-error';
import { MAX_UPLOAD_BYTES, checkUpload, type UploadKind } from './run-upload';

const file = (originalname: string, data: Buffer | string) => {
  const buffer = Buffer.from(data);
  return { originalname, size: buffer.length, buffer };
};

function refusal(kind: UploadKind, f: ReturnType<typeof file>): { status: number; code: string } | undefined {
  try {
    checkUpload(kind, f);
    return undefined;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { status: e.getStatus(), code: e.code };
  }
}

const unsupported = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };

describe('upload checks', () => {
  it('accepts each kind by its extension and content, and returns the extension', () => {
    expect(checkUpload('resume', file('CV.PDF', '%PDF-1.7\n...'))).toBe('.pdf');
    expect(checkUpload('resume', file('cv.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])))).toBe('.docx');
    expect(checkUpload('resume', file('cv.md', '# Jane Doe — backend engineer'))).toBe('.md');
    expect(checkUpload('prefsFile', file('prefs.yaml', 'roles: [backend]'))).toBe('.yaml');
    expect(checkUpload('companies', file('companies.json', '[]'))).toBe('.json');
  });

  it('refuses a file whose content is not what its name says (415)', () => {
    expect(refusal('resume', file('cv.pdf', 'just text'))).toEqual(unsupported);
    expect(refusal('resume', file('cv.docx', '%PDF-1.7'))).toEqual(unsupported);
    expect(refusal('resume', file('cv.txt', Buffer.from([0x41, 0x00, 0x42])))).toEqual(unsupported);
    expect(refusal('resume', file('cv.txt', Buffer.from([0xc3, 0x28])))).toEqual(unsupported);
  });

  it('refuses a kind of file the field does not take (415)', () => {
    expect(refusal('resume', file('cv.exe', 'MZ'))).toEqual(unsupported);
    expect(refusal('resume', file('cv', 'text'))).toEqual(unsupported);
    expect(refusal('companies', file('companies.txt', 'Acme'))).toEqual(unsupported);
    expect(refusal('prefsFile', file('prefs.pdf', '%PDF-1.7'))).toEqual(unsupported);
  });

  it("refuses a file over its field's limit (413), each field its own", () => {
    const tooLarge = { status: 413, code: 'UPLOAD_TOO_LARGE' };
    expect(refusal('prefsFile', file('prefs.txt', 'a'.repeat(256 * 1024 + 1)))).toEqual(tooLarge);
    expect(refusal('prefsFile', file('prefs.txt', 'a'.repeat(256 * 1024)))).toBeUndefined();
    expect(refusal('companies', file('c.yaml', 'a'.repeat(1024 * 1024 + 1)))).toEqual(tooLarge);
    expect(refusal('resume', { originalname: 'cv.txt', size: 5 * 1024 * 1024 + 1, buffer: Buffer.from('a') })).toEqual(
      tooLarge,
    );
    expect(MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024);
  });
});
