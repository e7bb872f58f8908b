import type { CaseStage } from '@guildhall/client';
import { Box, Chip, Stack, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { OrganizationLink } from '../organizations/OrganizationFields';
import type { DevelopmentCase } from './development';

// Fields take a `label` so show layouts and tables can name them; `source` names the column.
interface FieldProps {
  label?: string | false;
  source?: string;
}

const DASH = '—';

/** The stage as a chip: members filled, those on the way in outlined, closed cases plain. */
export const StageChip = ({ stage }: { stage: CaseStage }) => {
  const translate = useTranslate();
  const member = stage === 'PROBATIONARY' || stage === 'FULL';
  const closed = stage === 'CANCELLED' || stage === 'WITHDRAWN';
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      label={translate(`guildhall.caseStages.${stage}`)}
      color={closed ? 'default' : member ? 'primary' : 'secondary'}
      variant={stage === 'FULL' ? 'filled' : 'outlined'}
      data-case-stage={stage}
    />
  );
};

export const StageField = (_props: FieldProps) => {
  const record = useRecordContext<DevelopmentCase>();
  if (!record) return null;
  return <StageChip stage={record.stage} />;
};

/** The candidate's name, linking to their record; people outside the user's scope have none. */
/**
 * The candidate's name, a link to the person (on the case's page) or to the case itself (in a
 * list of cases, where the whole row opens the case too).
 */
export const CandidateField = ({ opens = 'person' }: FieldProps & { opens?: 'person' | 'case' }) => {
  const record = useRecordContext<DevelopmentCase>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.person) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.organizations.outOfScope')}
      </Typography>
    );
  }
  return (
    <Link
      to={opens === 'case' ? createPath({ resource: 'developmentCases', id: record.id, type: 'show' }) : createPath({ resource: 'people', id: record.person.id, type: 'show' })}
      onClick={(e: MouseEvent) => e.stopPropagation()}
      sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}
    >
      {record.person.name}
    </Link>
  );
};

export const CaseOrganizationField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.organization) return <Typography variant="body2" color="text.secondary">{translate('resources.organizations.outOfScope')}</Typography>;
  return <OrganizationLink organization={record.organization} short={short} />;
};

/** Late steps as red chips: 谈话逾期, 审批逾期, 预备期已满. */
/** How many required materials the dossier lacks, or that it has them all. */
export const DossierField = (_props: FieldProps) => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record || record.dossierMissing === undefined) return null;
  return record.dossierMissing > 0 ? (
    <Chip size="small" variant="outlined" color="warning" label={translate('resources.developmentCases.dossier.missingCount', { count: record.dossierMissing })} data-testid="dossier-missing" />
  ) : (
    <Chip size="small" variant="outlined" color="success" label={translate('resources.developmentCases.dossier.complete')} />
  );
};

export const AlertsField = (_props: FieldProps) => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record || record.alerts.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.alerts.map((alert) => (
        <Chip
          key={alert.kind}
          size="small"
          color="error"
          label={translate(`guildhall.caseAlerts.${alert.kind}`)}
          title={alert.dueOn}
          data-case-alert={alert.kind}
        />
      ))}
    </Stack>
  );
};

export const LocalDate = ({ value }: { value: string | null | undefined }) => (
  <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
    {value || DASH}
  </Typography>
);

/** The dates of the way in, past the application: the later ones are the ones that matter. */
export const KEY_DATES = ['talkedOn', 'activistOn', 'targetOn', 'admittedOn', 'approvedOn', 'probationEndsOn', 'closedOn'] as const;

/** The latest key dates reached (three at most), one short line each: the list stays compact. */
export const KeyDatesField = (_props: FieldProps) => {
  const record = useRecordContext<DevelopmentCase>();
  const translate = useTranslate();
  if (!record) return null;
  const reached = KEY_DATES.filter((key) => record[key]).slice(-3);
  if (reached.length === 0) return <LocalDate value={null} />;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 1, rowGap: 0, alignItems: 'baseline', justifyContent: 'start' }}>
      {reached.map((key) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {translate(`resources.developmentCases.dates.${key}`)}
          </Typography>
          <Typography component="span" variant="caption" sx={{ whiteSpace: 'nowrap' }}>
            {record[key]}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

export const AppliedOnField = (_props: FieldProps) => {
  const record = useRecordContext<DevelopmentCase>();
  return <LocalDate value={record?.appliedOn} />;
};
