import { Breadcrumbs, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from './OrganizationFields';
import type { Organization } from './kinds';

/** The line of leadership from the root down to this organization. */
export const OrganizationBreadcrumb = () => {
  const record = useRecordContext<Organization>();
  const translate = useTranslate();
  if (!record?.ancestors) return null;
  return (
    <Breadcrumbs aria-label={translate('resources.organizations.breadcrumb')} sx={{ px: 2, pt: 2 }} data-testid="organization-breadcrumb">
      {record.ancestors.map((ancestor) => (
        <OrganizationLink key={ancestor.id} organization={ancestor} short />
      ))}
      <Typography color="text.primary" component="span">
        {record.shortName ?? record.name}
      </Typography>
    </Breadcrumbs>
  );
};
