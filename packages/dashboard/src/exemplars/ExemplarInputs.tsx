import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  regex,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import type { Person } from '../people/person';
import { SubjectField } from './ExemplarFields';
import { EXEMPLAR_MAX_LENGTHS, ORGANIZATION_CATEGORIES, PERSON_CATEGORIES, SUBJECT_ORGANIZATION_KINDS, categoryChoices, makesNewRevision, type Exemplar } from './exemplar';

// The editor is large: it loads with the form, not with the dashboard.
const StoryInput = lazy(() => import('./StoryInput').then((module) => ({ default: module.StoryInput })));

const limit = (field: string) => maxLength(EXEMPLAR_MAX_LENGTHS[field]);
const wide = { gridColumn: { md: '1 / -1' } };
const byName = (q: string) => ({ q });
const subjectTypeChoices = [
  { id: 'person', name: 'resources.exemplars.subjectTypes.person' },
  { id: 'organization', name: 'resources.exemplars.subjectTypes.organization' },
];
/** A publicity item's four inputs on one line where it fits, wrapped on narrow screens. */
const rowSx = { '& .RaSimpleFormIterator-form': { flexWrap: { sm: 'wrap' } } };
const httpLink = regex(/^https?:\/\/\S+$/i, 'resources.exemplars.validation.link');

/** Names alike are told apart by where the person is kept. */
const personOption = (person: Person) => {
  const keeper = person.organization?.shortName ?? person.organization?.name;
  return keeper ? `${person.name}（${keeper}）` : person.name;
};

const Grid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3, width: '100%', maxWidth: 1040 }}>{children}</Box>
);

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="text.secondary" sx={{ ...wide, mt: 2, mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
      {translate(`resources.exemplars.sections.${title}`)}
    </Typography>
  );
};

/** A person, or an organization that is not the department or the coordination group; chosen once. */
const SubjectPicker = () => {
  const subjectType = useWatch({ name: 'subjectType' }) as string | undefined;
  return (
    <>
      <RadioButtonGroupInput source="subjectType" choices={subjectTypeChoices} defaultValue="person" validate={required()} sx={wide} />
      <Box sx={wide}>
        {subjectType === 'organization' ? (
          <ReferenceInput source="subjectOrganizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} filter={{ kind_in: SUBJECT_ORGANIZATION_KINDS }}>
            <AutocompleteInput
              optionText="name"
              filterToQuery={byName}
              noOptionsText="resources.organizations.empty"
              validate={required()}
              helperText="resources.exemplars.helpers.subjectOrganization"
              fullWidth
            />
          </ReferenceInput>
        ) : (
          <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText={personOption}
              filterToQuery={byName}
              noOptionsText="resources.people.empty"
              validate={required()}
              helperText="resources.exemplars.helpers.person"
              fullWidth
            />
          </ReferenceInput>
        )}
      </Box>
    </>
  );
};

/** Who the profile is about, once it exists. */
const FixedSubject = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ ...wide, mb: 2 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.exemplars.fields.subject')}
      </Typography>
      <SubjectField />
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.exemplars.helpers.subjectFixed')}
      </Typography>
    </Box>
  );
};

/** The categories of the subject: 先进基层党组织 for an organization, the others for a person. */
const CategoryInput = ({ organization }: { organization: boolean }) => {
  const { setValue, getValues } = useFormContext();
  const allowed = organization ? ORGANIZATION_CATEGORIES : PERSON_CATEGORIES;
  useEffect(() => {
    const current = getValues('category');
    if (current && !allowed.includes(current)) setValue('category', organization ? allowed[0] : null, { shouldDirty: true });
    else if (!current && organization) setValue('category', allowed[0], { shouldDirty: true });
  }, [organization, allowed, getValues, setValue]);
  return <SelectInput source="category" choices={categoryChoices.filter((c) => allowed.includes(c.id))} validate={required()} fullWidth />;
};

const CreateCategory = () => {
  const subjectType = useWatch({ name: 'subjectType' }) as string | undefined;
  return <CategoryInput organization={subjectType === 'organization'} />;
};

/** The inputs shared by the create and edit pages; the subject is fixed once the profile exists. */
export const ExemplarInputs = ({ creating = false }: { creating?: boolean }) => {
  const record = useRecordContext<Exemplar>();
  const translate = useTranslate();
  const fixed = !creating && !!record;
  return (
    <Grid>
      {fixed && makesNewRevision(record) ? (
        <Alert severity="info" sx={{ ...wide, mb: 2 }} data-testid="new-revision-notice">
          {translate('resources.exemplars.newRevisionNotice')}
        </Alert>
      ) : null}
      {fixed && record.workingRevision?.reviewNote ? (
        <Alert severity="warning" sx={{ ...wide, mb: 2 }} data-testid="review-note">
          {translate('resources.exemplars.returnedWith', { note: record.workingRevision.reviewNote })}
        </Alert>
      ) : null}
      <Section title="subject" />
      {fixed ? <FixedSubject /> : <SubjectPicker />}
      {fixed ? <CategoryInput organization={!record.personId} /> : <CreateCategory />}
      <Box />
      <TextInput source="title" validate={[required(), limit('title')]} helperText="resources.exemplars.helpers.title" fullWidth sx={wide} />
      <TextInput source="citation" validate={[required(), limit('citation')]} multiline minRows={3} helperText="resources.exemplars.helpers.citation" fullWidth sx={wide} />
      <Section title="story" />
      <Box sx={wide}>
        <Suspense fallback={<LinearProgress sx={{ my: 4 }} />}>
          <StoryInput helperText={creating ? 'resources.exemplars.helpers.storyBeforePhoto' : 'resources.exemplars.helpers.story'} />
        </Suspense>
      </Box>
      <Section title="honours" />
      <Box sx={wide} data-testid="award-rows">
        <ArrayInput source="awards" helperText="resources.exemplars.helpers.awards">
          <SimpleFormIterator inline disableReordering fullWidth>
            <TextInput source="" label="resources.exemplars.fields.award" validate={[required(), limit('awards')]} sx={{ flex: '1 1 auto' }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Box sx={wide} data-testid="publicity-rows">
        <ArrayInput source="publicity" helperText="resources.exemplars.helpers.publicity">
          <SimpleFormIterator inline disableReordering fullWidth sx={rowSx}>
            <TextInput source="outlet" label="resources.exemplars.publicityItem.outlet" validate={[required(), maxLength(100)]} sx={{ flex: '1 1 200px' }} />
            <TextInput source="mediaType" label="resources.exemplars.publicityItem.mediaType" validate={[required(), maxLength(20)]} sx={{ flex: '0 0 150px' }} />
            <TextInput source="link" label="resources.exemplars.publicityItem.link" validate={[httpLink, maxLength(500)]} sx={{ flex: '2 1 260px' }} />
            <DateInput source="date" label="resources.exemplars.publicityItem.date" sx={{ flex: '0 0 170px' }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </Grid>
  );
};
