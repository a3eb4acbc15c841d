import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { notFound } from '../../core/http/problem'
import { assessors, organisers } from '../access'
import { askQuestion, assessProject, assignVerifier, decideAppeal, requireAssigned } from '../actions/assessment'
import { verifyPaperSupporters } from '../actions/submission'
import { notifyAppealDecision, notifyAssessment, notifyQuestion } from '../notify/assessment'
import { assessmentTeam, editionAppeals, staffProjects } from '../queries/assessment'
import { appealDecisionSchema, assessmentSchema, assignSchema, paperSupportSchema, questionSchema } from '../input'
import { editionFromPath, projectFromPath } from '../http'
import { authorView } from '../views/projects'
import { appealItem, staffList, staffProjectView } from '../views/assessment'

const tags = ['Budżet obywatelski — ocena']

/** Staff: assignment, formal and merit assessment, questions, paper support counts and appeals (conflicts: conflicts.ts). */
export function assessmentRoutes(api: Api): void {
  const base = '/jst/:slug/staff/bo/:year'

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects`,
      summary: 'Zgłoszone projekty (panel)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const { db } = depsOf(c)
      const items = staffList(e, await staffProjects(db, e.tenant.id, e.edition.id))
      return c.json({ items, verifiers: await assessmentTeam(db, e.tenant.id) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/projects/:id`,
      summary: 'Projekt w panelu (z danymi autora)',
      tags,
      access: assessors,
      responses: { 200: { description: 'Projekt' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      if (p.status === 'draft') throw notFound('Szkice widzi tylko autor.')
      return c.json({ project: await staffProjectView(depsOf(c), e, p) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/assign`,
      summary: 'Przypisanie weryfikatora',
      tags,
      access: organisers,
      body: assignSchema,
      responses: { 200: { description: 'Przypisano' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      await assignVerifier(depsOf(c), e, await projectFromPath(c, e), body.verifierId)
      return c.json({ ok: true })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/assessments`,
      summary: 'Ocena formalna albo merytoryczna z uzasadnieniem',
      tags,
      access: assessors,
      body: assessmentSchema,
      responses: { 201: { description: 'Zapisano ocenę' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const e = await editionFromPath(c)
      const { saved, note, appealDeadline } = await assessProject(deps, e, await projectFromPath(c, e), body)
      await notifyAssessment(deps, e, saved, note, appealDeadline)
      return c.json({ project: await authorView(deps, e, saved) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/questions`,
      summary: 'Pytanie do autora z terminem odpowiedzi',
      tags,
      access: assessors,
      body: questionSchema,
      responses: { 201: { description: 'Wysłano pytanie' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      const deadline = await askQuestion(deps, e, p, body.text)
      await notifyQuestion(deps, e, p, body.text, deadline)
      return c.json({ deadline: deadline.toISOString() }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/projects/:id/paper-supporters`,
      summary:
        'Weryfikacja papierowej listy poparcia: liczba ważnych podpisów ze skanu (liczą się tylko one, nie deklaracja autora)',
      tags,
      access: assessors,
      body: paperSupportSchema,
      responses: { 200: { description: 'Zapisano' }, 409: { description: 'Projekt jest już po ocenie formalnej' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      requireAssigned(deps, p)
      const saved = await verifyPaperSupporters(deps, p, body.count)
      return c.json({ paperSupporters: saved.paperSupporters, paperSupportersVerified: saved.paperSupportersVerified })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/appeals`,
      summary: 'Odwołania w edycji',
      tags,
      access: assessors,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      return c.json({ items: (await editionAppeals(depsOf(c).db, e.edition.id)).map(appealItem) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/appeals/:appealId/decision`,
      summary: 'Rozstrzygnięcie odwołania z uzasadnieniem',
      tags,
      access: organisers,
      body: appealDecisionSchema,
      responses: { 200: { description: 'Rozstrzygnięto' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const e = await editionFromPath(c)
      const { project, status } = await decideAppeal(deps, e, c.req.param('appealId')!, body)
      await notifyAppealDecision(deps, e, project, body)
      return c.json({ status })
    },
  )
}
