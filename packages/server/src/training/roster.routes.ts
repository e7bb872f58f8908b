import ExcelJS from 'exceljs';
import { Router, type Request, type Response } from 'express';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RouteDeps } from '../kernel/context';
import { Organization } from '../organizations';
import { Person } from '../people';
import { sendWorkbook } from '../common/sheet-writer';
import { Attendance, ClassSession, EnrollmentStatus, SEATED } from './training.entity';
import { sendError } from '../kernel/http';

const STATUS: Record<EnrollmentStatus, string> = {
  WAITLISTED: '候补',
  REGISTERED: '已报名',
  CONFIRMED: '已确认',
  ATTENDED: '已参训',
  ABSENT: '缺席',
  CANCELLED: '已取消',
};

/**
 * `GET /exports/classes/:id/roster.xlsx`: everyone with a place or in line, with chamber, employer,
 * status, hours and completion. `GET /exports/classes/:id/sign-in.xlsx`: the seated people with a
 * column per session to sign on paper. Both list the places the caller sees, and are audited.
 */
export function rosterRoutes(deps: RouteDeps): Router {
  const router = Router();
  const audit = new AuditService();

  const load = async (req: Request, res: Response) => {
    const ctx = await deps.contextFor(req, res);
    const klass = await ctx.services.training.getClass(String(req.params.id));
    const enrollments = [];
    for (let page = 0; ; page += 1) {
      const rows = await ctx.services.enrollments.list({ filter: { classId: String(klass.id) }, sortField: 'requestedAt', sortOrder: 'ASC', page, perPage: 100 });
      enrollments.push(...rows);
      if (rows.length < 100) break;
    }
    const people = enrollments.length ? await deps.db.manager.findBy(Person, { id: In(enrollments.map((e) => e.personId)) }) : [];
    const orgIds = [...new Set([...enrollments.map((e) => e.chamberId), ...people.map((p) => p.employerId)].filter((id): id is number => id !== null))];
    const orgs = orgIds.length ? await deps.db.manager.find(Organization, { where: { id: In(orgIds) }, select: { id: true, name: true, shortName: true } }) : [];
    const sessions = await deps.db.manager.find(ClassSession, { where: { classId: klass.id }, order: { date: 'ASC', id: 'ASC' } });
    return { ctx, klass, enrollments, people: new Map(people.map((p) => [p.id, p])), orgs: new Map(orgs.map((o) => [o.id, o])), sessions };
  };

  const send = async (res: Response, workbook: ExcelJS.Workbook, name: string) => {
    res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.set('Cache-Control', 'no-store');
    res.set('Content-Disposition', `attachment; filename="class.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`);
    await sendWorkbook(res, workbook);
  };

  router.get('/exports/classes/:id/roster.xlsx', async (req, res) => {
    try {
      const { ctx, klass, enrollments, people, orgs, sessions } = await load(req, res);
      const attended = enrollments.length ? await deps.db.manager.find(Attendance, { where: { enrollmentId: In(enrollments.map((e) => e.id)) } }) : [];
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('花名册');
      sheet.addRow([`${klass.title} 花名册`]).font = { bold: true, size: 14 };
      sheet.addRow([`${klass.startsOn} 至 ${klass.endsOn}　${klass.venue ?? ''}　座位 ${klass.capacity}　结业学时 ${klass.requiredHours}`]);
      const header = sheet.addRow(['序号', '姓名', '性别', '所属商会', '工作单位', '职务', '状态', '候补顺位', '签到次数', '学时', '结业']);
      header.font = { bold: true };
      let line = 0;
      let position = 0;
      for (const e of enrollments.filter((x) => x.status !== EnrollmentStatus.CANCELLED)) {
        const p = people.get(e.personId);
        line += 1;
        if (e.status === EnrollmentStatus.WAITLISTED) position += 1;
        sheet.addRow([
          line,
          p?.name ?? '',
          p?.gender === 'MALE' ? '男' : p?.gender === 'FEMALE' ? '女' : '',
          e.chamberId ? (orgs.get(e.chamberId)?.shortName ?? orgs.get(e.chamberId)?.name ?? '') : '',
          p?.employerId ? (orgs.get(p.employerId)?.name ?? '') : '',
          p?.posts ?? '',
          STATUS[e.status],
          e.status === EnrollmentStatus.WAITLISTED ? position : '',
          `${attended.filter((a) => a.enrollmentId === e.id).length}/${sessions.length}`,
          e.hoursCredited,
          e.completedAt ? '是' : '',
        ]);
      }
      sheet.columns.forEach((column, i) => (column.width = [6, 10, 6, 14, 30, 16, 8, 9, 9, 6, 6][i]));
      await deps.db.write((em) => audit.record(em, ctx.actor, { action: 'training.rosterExport', recordType: 'TrainingClass', recordId: klass.id, organizationId: klass.organizerId, changes: { rows: [null, line] } }));
      await send(res, workbook, `${klass.title}-花名册.xlsx`);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/exports/classes/:id/sign-in.xlsx', async (req, res) => {
    try {
      const { ctx, klass, enrollments, people, orgs, sessions } = await load(req, res);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('签到表');
      sheet.addRow([`${klass.title} 签到表`]).font = { bold: true, size: 14 };
      const header = sheet.addRow(['序号', '姓名', '所属商会', ...sessions.map((s) => `${s.date}${s.topic ? ` ${s.topic}` : ''}`)]);
      header.font = { bold: true };
      const seated = enrollments.filter((e) => SEATED.includes(e.status));
      seated.forEach((e, i) => {
        const p = people.get(e.personId);
        const row = sheet.addRow([i + 1, p?.name ?? '', e.chamberId ? (orgs.get(e.chamberId)?.shortName ?? '') : '', ...sessions.map(() => '')]);
        row.height = 28;
      });
      sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : i === 1 ? 12 : i === 2 ? 14 : 18));
      sheet.eachRow((row, n) => {
        if (n < 2) return;
        row.eachCell({ includeEmpty: true }, (cell) => (cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }));
      });
      await deps.db.write((em) => audit.record(em, ctx.actor, { action: 'training.signInSheetExport', recordType: 'TrainingClass', recordId: klass.id, organizationId: klass.organizerId, changes: { rows: [null, seated.length] } }));
      await send(res, workbook, `${klass.title}-签到表.xlsx`);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
