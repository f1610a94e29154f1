'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { BilingualLabel } from '../labels'

type Props = {
  /** The API route the button POSTs to, below `/api`. */
  path: string
  label: BilingualLabel
  /** Put before the server's reason when it refuses. */
  failed: BilingualLabel
}

/**
 * A small admin button that POSTs to one of our endpoints, then refreshes the view. What the server
 * answers (in the editor's language) is announced beside it.
 */
export function ActionButton({ path, label, failed }: Props) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (bilingual: BilingualLabel) => (i18n.language === 'en' ? bilingual.en : bilingual['zh-TW'])

  const act = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}${path}`, { method: 'POST', credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      setMessage(response.ok ? (body.message ?? '') : say(failed) + (body.errors?.[0]?.message ?? response.status))
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={act} disabled={busy}>
        {say(label)}
      </button>{' '}
      <span role="status">{message}</span>
    </>
  )
}
