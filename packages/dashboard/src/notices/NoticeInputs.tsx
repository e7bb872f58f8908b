import { NOTICE_CASE_STAGE, type DayType, type NoticeStage } from '@guildhall/client';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import type { GuildhallDataProvider } from '../dataProvider';
import type { DevelopmentCase } from '../development/development';
import { PARTY_KINDS } from '../organizations/kinds';
import { DEFAULT_LENGTH_DAYS, MAX_LENGTH_DAYS, NOTICE_MAX_LENGTHS, dayTypeChoices, noticeStageChoices, type Notice } from './notice';

const limit = (field: string) => maxLength(NOTICE_MAX_LENGTHS[field]);
const wide = { gridColumn: { md: '1 / -1' } };
const byName = (q: string) => ({ q });

const Grid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3, width: '100%', maxWidth: 960 }}>{children}</Box>
);

/** A value that settles: typing a date or a length does not ask the server at every keystroke. */
function useSettled<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The end date as the server computes it (the State Council's holidays and make-up workdays,
 * local overrides), live while the form changes; warns when the schedule of a year is not in yet.
 */
export const NoticeEndDate = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const [startsOn, lengthDays, dayType] = useWatch({ name: ['startsOn', 'lengthDays', 'dayType'] }) as [string | null, number | null, DayType | null];
  const params = useSettled({ startsOn, lengthDays: Number(lengthDays), dayType: dayType ?? 'CALENDAR' });
  const valid = !!params.startsOn && /^\d{4}-\d{2}-\d{2}$/.test(params.startsOn) && Number.isInteger(params.lengthDays) && params.lengthDays >= 1 && params.lengthDays <= MAX_LENGTH_DAYS;
  const { data, isFetching, error } = useQuery({
    queryKey: ['publicNotices', 'endDate', params],
    queryFn: () => dataProvider.noticeEndDate({ startsOn: params.startsOn!, lengthDays: params.lengthDays, dayType: params.dayType }),
    enabled: valid,
    staleTime: 60_000,
  });
  const span = valid ? data?.data : undefined;
  return (
    <Box sx={{ mb: 2, mt: 0.5 }} data-testid="notice-end-date">
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.publicNotices.endDate.label')}
      </Typography>
      {!valid ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.publicNotices.endDate.pending')}
        </Typography>
      ) : error ? (
        <Typography variant="body2" color="error">
          {(error as Error).message}
        </Typography>
      ) : span ? (
        <Typography variant="h6" component="div" data-ends-on={span.endsOn} sx={{ opacity: isFetching ? 0.5 : 1 }}>
          {span.endsOn}
        </Typography>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <CircularProgress size={14} /> {translate('resources.publicNotices.endDate.computing')}
        </Typography>
      )}
      {span && !span.calendarCovered ? (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="calendar-uncovered">
          {translate('resources.publicNotices.endDate.uncovered')}
        </Alert>
      ) : null}
    </Box>
  );
};

const caseName = (record: DevelopmentCase) => record.person?.name ?? `#${record.id}`;

/**
 * The cases the notice covers: those of the organization's subtree at the stage the notice is for
 * (the server's `caseStage` rule). Changing the organization or the kind empties the choice.
 */
const CasePicker = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [organizationId, stage] = useWatch({ name: ['organizationId', 'stage'] }) as [string | null, NoticeStage | null];
  const previous = useRef({ organizationId, stage });
  useEffect(() => {
    const before = previous.current;
    if ((before.organizationId && before.organizationId !== organizationId) || (before.stage && before.stage !== stage)) {
      setValue('caseIds', [], { shouldDirty: true });
    }
    previous.current = { organizationId, stage };
  }, [organizationId, stage, setValue]);
  // An exemplar's notice covers its profile, no case (and is never a draft to edit).
  if (stage === 'EXEMPLAR') return null;
  if (!organizationId || !stage) {
    return <TextInput source="caseIdsPending" label="resources.publicNotices.fields.caseIds" disabled helperText="resources.publicNotices.helpers.casesPickFirst" fullWidth sx={wide} />;
  }
  const caseStage = NOTICE_CASE_STAGE[stage];
  return (
    <Box sx={wide}>
      <ReferenceArrayInput
        source="caseIds"
        reference="developmentCases"
        filter={{ stage: caseStage, withinOrganization: organizationId }}
        sort={{ field: 'appliedOn', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput
          optionText={caseName}
          filterToQuery={byName}
          noOptionsText="resources.developmentCases.empty"
          helperText={translate('resources.publicNotices.helpers.cases', { stage: translate(`guildhall.caseStages.${caseStage}`) })}
          fullWidth
        />
      </ReferenceArrayInput>
    </Box>
  );
};

/** The inputs shared by the create and edit pages; organization and kind are fixed once the draft exists. */
export const NoticeInputs = ({ creating = false }: { creating?: boolean }) => {
  const record = useRecordContext<Notice>();
  const fixed = !creating && !!record;
  return (
    <Grid>
      <Box sx={wide}>
        <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind_in: PARTY_KINDS }}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={byName}
            noOptionsText="resources.organizations.empty"
            validate={required()}
            readOnly={fixed}
            helperText={fixed ? 'resources.publicNotices.helpers.fixed' : 'resources.publicNotices.helpers.organization'}
            fullWidth
          />
        </ReferenceInput>
      </Box>
      <SelectInput source="stage" choices={noticeStageChoices} validate={required()} readOnly={fixed} fullWidth />
      <TextInput source="title" validate={[required(), limit('title')]} fullWidth sx={wide} />
      <TextInput source="body" validate={limit('body')} multiline minRows={4} fullWidth sx={wide} />
      <DateInput source="startsOn" validate={required()} fullWidth />
      <NumberInput
        source="lengthDays"
        defaultValue={DEFAULT_LENGTH_DAYS}
        validate={[required(), minValue(1), maxValue(MAX_LENGTH_DAYS)]}
        step={1}
        helperText="resources.publicNotices.helpers.lengthDays"
        fullWidth
      />
      <SelectInput source="dayType" choices={dayTypeChoices} defaultValue="CALENDAR" validate={required()} helperText="resources.publicNotices.helpers.dayType" fullWidth />
      <NoticeEndDate />
      <TextInput source="hotline" validate={[required(), limit('hotline')]} fullWidth />
      <TextInput source="suggestionBox" validate={[required(), limit('suggestionBox')]} fullWidth />
      <CasePicker />
    </Grid>
  );
};
