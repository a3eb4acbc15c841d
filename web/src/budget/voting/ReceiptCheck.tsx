import '../i18n/pages'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { ErrorSummary, Field, noErrors, useFormId, type FormErrors, errorsFromApi } from '../../core/ui'
import { useT } from '../../core/i18n'
import { ApiError, api } from '../../core/lib/api'
import { useSearchParam } from '../../router'
import { downloadUrl, editionApi, publicPath, type ReceiptState, type Results } from './api'
import { EditionPage } from './edition'
import { groupReceipt, normaliseReceipt } from './format'
import './voting.css'

/**
 * `/{slug}/bo/{year}/potwierdzenie`: whether a ballot with this receipt code was recorded, and after publication counted
 * — with the receipt's line in the list of counted receipts, or (editions set to `inclusion-and-content`) the ballot's
 * own line in the pool files.
 */
export function ReceiptCheck({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  return (
    <div class="vt-page">
      <EditionPage
        slug={slug}
        year={year}
        heading={(title) => (title ? t('voting.receipt.pageTitle', { title }) : t('voting.receipt.title'))}
      >
        {() => <ReceiptForm slug={slug} year={year} />}
      </EditionPage>
    </div>
  )
}

function ReceiptForm({ slug, year }: { slug: string; year: string }) {
  const t = useT()
  const formId = useFormId('potwierdzenie')
  const initial = useSearchParam('kod')
  const [code, setCode] = useState(initial ?? '')
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [version, setVersion] = useState(0)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ code: string; state: ReceiptState; pools: Results['pools'] } | null>(null)
  const [checks, setChecks] = useState(0)

  const check = async (value: string) => {
    const clean = normaliseReceipt(value)
    if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(clean)) {
      setResult(null)
      setErrors({ general: null, fields: { code: t('voting.receipt.format') } })
      setVersion((v) => v + 1)
      return
    }
    setBusy(true)
    try {
      const state = await api<ReceiptState>(`${editionApi(slug, year)}/receipt/${encodeURIComponent(clean)}`)
      const pools =
        state.published && state.voterId ? (await api<Results>(`${editionApi(slug, year)}/results`)).pools : []
      setErrors(noErrors)
      setResult({ code: clean, state, pools })
      setChecks((n) => n + 1)
    } catch (error) {
      setResult(null)
      const next = errorsFromApi(error, t, { waitOnce: true })
      if (error instanceof ApiError && (error.status === 404 || error.status === 400))
        next.fields.code = next.fields.code ?? next.general ?? ''
      setErrors(next)
      setVersion((v) => v + 1)
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    if (initial) void check(initial)
  }, [])

  return (
    <>
      <p class="vt-lead">{t('voting.receipt.intro')}</p>
      <ErrorSummary errors={errors} formId={formId} labels={{ code: t('voting.receipt.label') }} version={version} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!busy) void check(code)
        }}
      >
        <Field
          formId={formId}
          name="code"
          label={t('voting.receipt.label')}
          hint={t('voting.receipt.hint')}
          error={errors.fields.code}
          value={code}
          onValue={setCode}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={14}
          class="vt-code-input vt-receipt-input"
        />
        <div class="actions">
          <button type="submit" class="button vt-button-large" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {t('voting.receipt.submit')}
          </button>
        </div>
      </form>
      {result ? <ReceiptResult key={checks} slug={slug} year={year} {...result} /> : null}
      <p>
        <a href={publicPath(slug, year, 'wyniki')}>{t('voting.links.results')}</a>
      </p>
    </>
  )
}

function ReceiptResult({
  slug,
  year,
  code,
  state,
  pools,
}: {
  slug: string
  year: string
  code: string
  state: ReceiptState
  pools: Results['pools']
}) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    ref.current?.focus()
  }, [])
  const headline = !state.published
    ? t('voting.receipt.recorded')
    : state.counted
      ? t('voting.receipt.counted')
      : t('voting.receipt.notCounted')
  return (
    <section
      class={state.published && !state.counted ? 'vt-result vt-result-bad' : 'vt-result vt-result-ok'}
      aria-labelledby="vt-receipt-result"
    >
      <h2 id="vt-receipt-result" ref={ref} tabIndex={-1}>
        {headline}
      </h2>
      <p>{t('voting.receipt.forCode', { code: groupReceipt(code) })}</p>
      {!state.published ? (
        <p>{t('voting.receipt.notPublished')}</p>
      ) : (
        <>
          {state.status ? (
            <p>
              {t('voting.receipt.status', { status: t(`voting.ballotStatus.${state.status}`) })}
              {state.reason ? ` ${t('voting.receipt.reason', { reason: state.reason })}` : ''}
            </p>
          ) : null}
          {state.voterId ? (
            <>
              <h3>{t('voting.receipt.findTitle')}</h3>
              <p>{t('voting.receipt.voterId')}</p>
              <p class="vt-voter-id">
                <code>{`${state.voterId};`}</code>
              </p>
              {state.pools && state.pools.length ? (
                <>
                  <p>{t('voting.receipt.inPools')}</p>
                  <ul>
                    {state.pools.map((poolCode) => {
                      const pool = pools.find((p) => p.code === poolCode)
                      return (
                        <li key={poolCode}>
                          <a href={downloadUrl(slug, year, `${encodeURIComponent(poolCode)}.pb`)} download>
                            {t('voting.receipt.download', { name: pool?.name ?? poolCode })}
                          </a>
                        </li>
                      )
                    })}
                  </ul>
                  <p>
                    {t('voting.receipt.recountIntro')} <a href="/przeliczenie">{t('voting.links.recount')}</a>
                  </p>
                </>
              ) : (
                <p>{t('voting.receipt.inNoPool')}</p>
              )}
            </>
          ) : state.digest ? (
            <>
              <h3>{t('voting.receipt.inclusionTitle')}</h3>
              <p>{t('voting.receipt.secrecy')}</p>
              {state.counted ? (
                <>
                  <p>{t('voting.receipt.digest')}</p>
                  <p class="vt-voter-id">
                    <code>{state.digest}</code>
                  </p>
                  <p>
                    <a href={downloadUrl(slug, year, 'receipts.txt')} download>
                      {t('voting.receipt.digestList')}
                    </a>
                  </p>
                </>
              ) : (
                <p>{t('voting.receipt.notListed')}</p>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  )
}
