import {
  type ExportDocument,
  ExportDocumentSchema,
  type ImportReport,
  ImportReportSchema,
} from '@peer-toolkit/core';
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem, call } from '../api/client.js';
import {
  FormErrorSummary,
  problemMessage,
  SuccessMessage,
  useDocumentTitle,
} from '../pages/form-fields.js';
import { NoPermission } from '../pages/no-permission.js';
import { useSession } from '../session/session-context.js';
import { describeImportIssue } from './import-problems.js';
import { ImportReportView } from './import-report.js';

/** The API takes import bodies up to 20 MB; a larger file is refused here before it is sent. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function TransferPage() {
  const { can } = useSession();
  if (!can('admin')) return <NoPermission what="export or import content" />;
  return <Transfer />;
}

function Transfer() {
  useDocumentTitle('Export and import');
  return (
    <div className="ptk-two-thirds">
      <h1>Export and import</h1>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          Download every item, published or draft, with its whole history, as one file. Keep it as a
          backup, or import it into another copy of the toolkit.
        </p>
        <p>
          <a className="ptk-button ptk-button--secondary" href="/api/v1/admin/export" download>
            Download the export
          </a>
        </p>
      </section>
      <ImportSection />
    </div>
  );
}

interface Checked {
  document: ExportDocument;
  deleteMissing: boolean;
  report: ImportReport;
}

/** Reads the chosen file as an export, or says plainly why it is not one. */
async function readExport(file: File): Promise<ExportDocument | string> {
  if (file.size > MAX_IMPORT_BYTES)
    return 'The file is larger than 20 MB, the most an import takes.';
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return 'The file is not an export from the toolkit: it is not JSON.';
  }
  const parsed = ExportDocumentSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : 'The file is not an export from the toolkit, or from a version this one cannot read.';
}

/** Choose a file, see exactly what importing it would do, then apply just that. */
function ImportSection() {
  const id = useId();
  const fileId = `${id}-file`;
  const [file, setFile] = useState<File | undefined>();
  const [deleteMissing, setDeleteMissing] = useState(false);
  const [checked, setChecked] = useState<Checked | undefined>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  const fail = (message: string, listed: string[] = []) => {
    setErrors({ file: message });
    setProblems(listed);
    setAttempt((n) => n + 1);
  };

  const send = async (document: ExportDocument, dryRun: boolean, basis?: string) => {
    const { data } = await call('POST', '/admin/import', {
      schema: ImportReportSchema,
      body: { document, dryRun, deleteMissing, ...(basis ? { basis } : {}) },
    });
    return data;
  };

  const refused = (problem: unknown, document: ExportDocument | undefined) => {
    const issues = problem instanceof ApiProblem ? (problem.problem.issues ?? []) : [];
    fail(
      problemMessage(problem),
      issues.map((issue) => describeImportIssue(issue, document?.items)),
    );
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    setChecked(undefined);
    if (!file) return fail('Choose an export file to import');
    setBusy(true);
    const document = await readExport(file);
    if (typeof document === 'string') {
      setBusy(false);
      return fail(document);
    }
    try {
      const report = await send(document, true);
      setErrors({});
      setProblems([]);
      setChecked({ document, deleteMissing, report });
    } catch (problem) {
      refused(problem, document);
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!checked) return;
    setBusy(true);
    try {
      const report = await send(checked.document, false, checked.report.basis);
      setChecked(undefined);
      setErrors({});
      setProblems([]);
      setDone(
        `Imported: ${report.created.length} new, ${report.updated.length} changed, ${report.deleted.length} deleted, ${report.unchanged} unchanged.`,
      );
    } catch (problem) {
      setChecked(undefined);
      if (problem instanceof ApiProblem && problem.status === 412) {
        fail(
          'The content changed after you checked this import, so it might now do something else. Check it again to see what it would do now.',
        );
      } else {
        refused(problem, checked.document);
      }
    } finally {
      setBusy(false);
    }
  };

  // Anything that changes what would be imported makes the check out of date.
  const changeFile = (next: File | undefined) => {
    setFile(next);
    setChecked(undefined);
    setDone(undefined);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import</h2>
      <p>
        Bring in the items from an export. New items are added, and changed items get a new version,
        so their history is kept. Nothing changes until you have seen what the import would do and
        chosen to go ahead.
      </p>
      <SuccessMessage message={done} />
      <FormErrorSummary errors={errors} idFor={() => fileId} attempt={attempt} />
      {problems.length > 0 ? <ProblemList problems={problems} /> : null}
      <form onSubmit={(event) => void check(event)} noValidate>
        <div className={`ptk-form-group${errors.file ? ' ptk-form-group--error' : ''}`}>
          <label className="ptk-label" htmlFor={fileId}>
            Export file
          </label>
          <span className="ptk-hint" id={`${fileId}-hint`}>
            A file from “Download the export”, here or in another copy of the toolkit. Up to 20 MB.
          </span>
          {errors.file ? (
            <span className="ptk-error-message" id={`${fileId}-error`}>
              <span className="ptk-visually-hidden">Error: </span>
              {errors.file}
            </span>
          ) : null}
          <input
            className="admin-file-input"
            id={fileId}
            type="file"
            accept="application/json,.json"
            aria-describedby={`${fileId}-hint${errors.file ? ` ${fileId}-error` : ''}`}
            aria-invalid={errors.file ? true : undefined}
            onChange={(event) => changeFile(event.target.files?.[0])}
          />
        </div>
        <div className="ptk-form-group">
          <div className="ptk-checkboxes">
            <div className="ptk-choice">
              <input
                id={`${id}-delete`}
                type="checkbox"
                aria-describedby={`${id}-delete-hint`}
                checked={deleteMissing}
                onChange={(event) => {
                  setDeleteMissing(event.target.checked);
                  setChecked(undefined);
                }}
              />
              <div>
                <label htmlFor={`${id}-delete`}>Also delete items that are not in the file</label>
                <span className="ptk-hint admin-choice-hint" id={`${id}-delete-hint`}>
                  Use this to make the content here match the file exactly. Deleted items can be
                  restored by a publisher.
                </span>
              </div>
            </div>
          </div>
        </div>
        <button type="submit" className="ptk-button ptk-button--secondary" disabled={busy}>
          Check what the import would do
        </button>
      </form>
      {checked ? (
        <ImportReportView
          report={checked.report}
          deleteMissing={checked.deleteMissing}
          busy={busy}
          onApply={() => void apply()}
          onCancel={() => setChecked(undefined)}
        />
      ) : null}
    </section>
  );
}

/** The API's problems with the file, each naming the item, revision and field. */
function ProblemList({ problems }: { problems: string[] }) {
  const shown = problems.slice(0, 50);
  return (
    <div className="admin-problem-list">
      <h3>What needs fixing in the file</h3>
      <ul>
        {shown.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {problems.length > shown.length ? <p>And {problems.length - shown.length} more.</p> : null}
    </div>
  );
}
