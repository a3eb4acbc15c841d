import { PageHeading } from '../ui'
import { useT } from '../i18n'

export function NotFound({ detail }: { detail?: string }) {
  const t = useT()
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{detail ?? t('notFound.body')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  )
}
