'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { type BilingualLabel, label } from '../labels'

const text = {
  rebuild: label('立即重建入口網站', 'Rebuild the portal now'),
  failed: label('無法要求重建：', 'Could not ask for a rebuild: '),
}

/** Asks for a portal build and refreshes the status panel; the server answers in the editor's language. */
export function RebuildButton() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (bilingual: BilingualLabel) => (i18n.language === 'en' ? bilingual.en : bilingual['zh-TW'])

  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-builds/rebuild`, { method: 'POST', credentials: 'include' })
      const body = await response.json().catch(() => ({}))
      setMessage(response.ok ? body.message : say(text.failed) + (body.errors?.[0]?.message ?? response.status))
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={rebuild} disabled={busy}>
        {say(text.rebuild)}
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  )
}
