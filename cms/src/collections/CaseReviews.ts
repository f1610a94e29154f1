import type { CollectionConfig } from 'payload'

import { hiddenFromSchools } from '../access/fieldAccess'
import { reviewAccess } from '../access/reviewAccess'
import { bindReviewToAssignment } from '../hooks/bindReviewToAssignment'
import { collectionLabels, label } from '../labels'
import { regions } from '../vocabularies'
import { adminGroups } from './adminGroups'

/** 評審意見: a reviewer's score and comments on an exemplar case assigned to them. */
export const CaseReviews: CollectionConfig = {
  slug: 'case-reviews',
  labels: collectionLabels('評審意見', 'Case review', 'Case reviews'),
  access: reviewAccess,
  hooks: { beforeChange: [bindReviewToAssignment] },
  admin: {
    group: adminGroups.content,
    useAsTitle: 'id',
    defaultColumns: ['case', 'reviewer', 'score', 'recommendation', 'updatedAt'],
  },
  fields: [
    { name: 'case', type: 'relationship', relationTo: 'cases', required: true, index: true, label: label('優良範例', 'Exemplar case') },
    {
      type: 'row',
      fields: [
        { name: 'score', type: 'number', required: true, min: 0, max: 100, label: label('分數', 'Score') },
        {
          name: 'recommendation',
          type: 'select',
          required: true,
          options: [
            { value: 'approve', label: label('建議核定', 'Approve') },
            { value: 'revise', label: label('建議修改', 'Revise') },
          ],
          label: label('建議', 'Recommendation'),
        },
      ],
    },
    { name: 'comment', type: 'textarea', required: true, label: label('評審意見', 'Comments') },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: hiddenFromSchools },
      label: label('評審委員', 'Reviewer'),
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'region', type: 'select', options: regions, index: true, label: label('區域', 'Region'), admin: { position: 'sidebar', readOnly: true } },
    { name: 'school', type: 'relationship', relationTo: 'schools', index: true, label: label('學校', 'School'), admin: { position: 'sidebar', readOnly: true } },
  ],
}
