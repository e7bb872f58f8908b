import {
  AutocompleteInput,
  BooleanInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { useFormContext, useWatch } from 'react-hook-form';
import { useEffect, useRef } from 'react';
import type { DevelopmentCase } from '../development/development';
import { todayInChina } from '../development/development';
import { REPORT_MAX_LENGTHS, recordedChannelChoices, withoutReporterWhenAnonymous } from './report';

const limit = (field: string) => maxLength(REPORT_MAX_LENGTHS[field]);
const caseName = (record: DevelopmentCase) => record.person?.name ?? `#${record.id}`;

/** The case: with a notice chosen, among the cases it covers; a new notice clears it. */
const CaseInput = () => {
  const noticeId = useWatch({ name: 'noticeId' }) as string | null | undefined;
  const { setValue } = useFormContext();
  const previous = useRef(noticeId);
  useEffect(() => {
    if (previous.current && previous.current !== noticeId) setValue('caseId', null);
    previous.current = noticeId;
  }, [noticeId, setValue]);
  return (
    <ReferenceInput source="caseId" reference="developmentCases" filter={noticeId ? { noticeId } : { open: true }} sort={{ field: 'appliedOn', order: 'DESC' }}>
      <AutocompleteInput optionText={caseName} filterToQuery={(q: string) => ({ q })} noOptionsText="resources.developmentCases.empty" helperText="resources.reports.helpers.case" fullWidth />
    </ReferenceInput>
  );
};

/** Records a report that came in by phone, the suggestion box, a letter or a visit. */
export const ReportCreate = () => (
  <Create redirect="show" transform={withoutReporterWhenAnonymous}>
    <SimpleForm sx={{ maxWidth: 760 }}>
      <SelectInput source="channel" choices={recordedChannelChoices} validate={required()} defaultValue="HOTLINE" />
      <ReferenceInput source="noticeId" reference="publicNotices" filter={{ state: 'PUBLISHED' }} sort={{ field: 'startsOn', order: 'DESC' }}>
        <AutocompleteInput optionText="title" filterToQuery={(q: string) => ({ q })} noOptionsText="resources.publicNotices.empty" helperText="resources.reports.helpers.subject" fullWidth />
      </ReferenceInput>
      <CaseInput />
      <TextInput source="content" validate={[required(), limit('content')]} multiline minRows={4} fullWidth />
      <DateInput source="receivedOn" validate={required()} defaultValue={todayInChina()} />
      <BooleanInput source="anonymous" label="resources.reports.anonymousYes" defaultValue={false} helperText="resources.reports.helpers.anonymous" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.anonymous ? null : (
            <>
              <TextInput source="reporterName" validate={limit('reporterName')} fullWidth />
              <TextInput source="reporterContact" validate={limit('reporterContact')} helperText="resources.reports.helpers.contact" fullWidth />
            </>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
