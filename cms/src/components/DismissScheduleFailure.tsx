'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { type BilingualLabel, label } from '../labels'

const text = {
  dismiss: label('知道了，移除通知', 'Dismiss'),
  failed: label('無法移除：', 'Could not dismiss: '),
}

/** Dismisses a failed-schedule notice and refreshes the list; the server answers in the editor's language. */
export function DismissScheduleFailure({ id }: { id: string }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (bilingual: BilingualLabel) => (i18n.language === 'en' ? bilingual.en : bilingual['zh-TW'])

  const dismiss = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/schedule-failures/${id}/dismiss`, { method: 'POST', credentials: 'include' })
      if (response.ok) router.refresh()
      else setMessage(say(text.failed) + ((await response.json().catch(() => ({}))).errors?.[0]?.message ?? response.status))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={dismiss} disabled={busy}>
        {say(text.dismiss)}
      </button>{' '}
      <span role="status">{message}</span>
    </>
  )
}
