import { Router, type Request, type Response } from 'express';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { MAX_PER_PAGE } from '../common/list';
import type { RouteDeps } from '../kernel/context';
import { DomainError } from '../kernel/errors';
import { Organization } from '../organizations';
import { PersonFilter } from './person.args';
import { sendWorkbook } from '../common/sheet-writer';
import { peopleWorkbook, sheetRow } from './person-sheet';
import { sendError } from '../kernel/http';

/** Most rows one export writes; a larger list is narrowed with filters first. */
export const MAX_EXPORT_ROWS = 50_000;

const FILTER_KEYS = new Set(Object.keys(Object.assign(new PersonFilter(), {
  q: 0, ids: 0, organizationId: 0, withinOrganization: 0, employerId: 0, membershipStatus: 0, membershipStatus_in: 0, relation: 0, gender: 0, education: 0, birthDate_gte: 0, birthDate_lte: 0, archived: 0,
})));

/**
 * `GET /exports/people.xlsx?filter={…}&sortField=…`: the people list as the signed-in user
 * sees it (scope, masked national ids), as an Excel sheet with the import columns, audited.
 * `GET /exports/people-template.xlsx`: the empty sheet to fill in for an import.
 */
export function personExportRoutes(deps: RouteDeps): Router {
  const router = Router();
  const audit = new AuditService();

  router.get('/exports/people-template.xlsx', async (_req, res) => {
    const { workbook } = peopleWorkbook();
    res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.set('Content-Disposition', `attachment; filename="people-template.xlsx"; filename*=UTF-8''${encodeURIComponent('人员导入模板.xlsx')}`);
    await sendWorkbook(res, workbook);
  });

  router.get('/exports/people.xlsx', async (req: Request, res: Response) => {
    const ctx = await deps.contextFor(req, res);
    let filter: PersonFilter = {};
    try {
      const raw = typeof req.query.filter === 'string' && req.query.filter !== '' ? JSON.parse(req.query.filter) : {};
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object');
      const unknown = Object.keys(raw).filter((k) => !FILTER_KEYS.has(k));
      if (unknown.length) return sendError(res, new DomainError('BAD_USER_INPUT', `unknown filter fields: ${unknown.join(', ')}`));
      filter = raw as PersonFilter;
    } catch {
      return sendError(res, new DomainError('BAD_USER_INPUT', 'filter must be a JSON object'));
    }
    const sortField = typeof req.query.sortField === 'string' ? req.query.sortField : undefined;
    const sortOrder = typeof req.query.sortOrder === 'string' ? req.query.sortOrder : undefined;
    try {
      const total = await ctx.services.people.count(filter);
      if (total > MAX_EXPORT_ROWS) throw new DomainError('BAD_USER_INPUT', `${total} people match; narrow the list to at most ${MAX_EXPORT_ROWS} before exporting`);
      const { workbook, sheet } = peopleWorkbook();
      for (let page = 0; page * MAX_PER_PAGE < total; page += 1) {
        const rows = await ctx.services.people.list({ filter, sortField, sortOrder, page, perPage: MAX_PER_PAGE });
        const orgIds = [...new Set(rows.flatMap((p) => [p.organizationId, p.employerId]).filter((id): id is number => id !== null))];
        const orgs = orgIds.length ? await deps.db.manager.find(Organization, { where: { id: In(orgIds) }, select: { id: true, name: true } }) : [];
        const names = new Map(orgs.map((o) => [o.id, o.name]));
        for (const p of rows) {
          sheet.addRow(
            sheetRow({
              ...p,
              organization: names.get(p.organizationId),
              employer: p.employerId === null ? null : names.get(p.employerId),
              nationalId: ctx.services.people.nationalIdFor(p),
            }),
          );
        }
      }
      await deps.db.write((em) =>
        audit.record(em, ctx.actor, {
          action: 'person.export',
          recordType: 'Person',
          organizationId: ctx.viewer?.user.organizationId ?? null,
          changes: { filter: [null, filter as never], rows: [null, total] },
        }),
      );
      res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.set('Cache-Control', 'no-store');
      res.set('Content-Disposition', `attachment; filename="people-${todayInChina()}.xlsx"; filename*=UTF-8''${encodeURIComponent(`人员名单-${todayInChina()}.xlsx`)}`);
      await sendWorkbook(res, workbook);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
