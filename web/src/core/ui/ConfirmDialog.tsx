import type { ComponentChildren } from 'preact'
import { useEffect, useId, useRef } from 'preact/hooks'
import { useT } from '../i18n'

/**
 * A confirmation step before a consequential action (role change, deactivation), built on the native modal
 * `<dialog>`: it traps focus, closes on Escape and returns focus to the button that opened it. A refusal of the
 * action (`error`) is announced inside the dialog, where the person still is.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  danger,
  error,
}: {
  open: boolean
  title: string
  children: ComponentChildren
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  danger?: boolean
  error?: string | null
}) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus()
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      <div class="dialog-body">
        {children}
        {error ? (
          <p class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button
          type="button"
          class={danger ? 'button button-danger' : 'button'}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy ? 'true' : undefined}
        >
          {confirmLabel}
        </button>
        <button type="button" class="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  )
}
