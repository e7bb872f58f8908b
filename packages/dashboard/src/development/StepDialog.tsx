import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Form,
  NumberInput,
  ReferenceArrayInput,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../dates/DateInput';
import { describeFailure, type RuleFailure } from '../apiErrors';
import type { GuildhallDataProvider } from '../dataProvider';
import { assessmentResultChoices, halfYearOf, stepSpec, todayInChina, type DevelopmentCase, type NextStep, type StepValues } from './development';

/** The button's and the dialog's words for a step: advancing names the stage it leads to. */
export function stepLabel(step: Pick<NextStep, 'action' | 'toStage'>, translate: (key: string, options?: object) => string): string {
  if ((step.action === 'ADVANCE' || step.action === 'CONVERT') && step.toStage) {
    return translate(`resources.developmentCases.advanceTo.${step.toStage}`, { _: translate(`resources.developmentCases.steps.${step.action}`) });
  }
  return translate(`resources.developmentCases.steps.${step.action}`);
}

interface Refusal {
  message: string;
  failures: RuleFailure[];
}

const fullMembers = { membershipStatus: 'FULL' };
const byName = (q: string) => ({ q });

/**
 * One step of a case in a small dialog: the day it took effect (today by default), what the step
 * needs, and a note. The server's refusal — a rule not passed, a notice still running, a field —
 * shows in the dialog, in the current language.
 */
export const StepDialog = ({ record, step, open, onClose }: { record: DevelopmentCase; step: NextStep; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const spec = stepSpec(step);
  const label = stepLabel(step, translate);
  const today = todayInChina();
  const sponsors = step.action === 'ASSIGN_CONTACTS' ? record.contacts : step.action === 'ASSIGN_INTRODUCERS' ? record.introducers : undefined;

  const defaults: Partial<StepValues> = {
    on: today,
    personIds: sponsors?.map((p) => p.id) ?? [],
    period: halfYearOf(today),
    days: record.trainingDays,
    hours: record.trainingHours,
    months: 6,
  };

  const submit = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      await dataProvider.caseStep({ id: record.id, action: step.action, previousData: record, values: values as unknown as StepValues });
      notify('resources.developmentCases.notifications.stepDone', { type: 'success', messageArgs: { step: label } });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string>; failures?: RuleFailure[] } }).body;
      if (body?.errors) {
        setRefusal({ message: translate('ra.message.invalid_form'), failures: [] });
        return body.errors;
      }
      setRefusal({ message: error instanceof Error ? error.message : String(error), failures: body?.failures ?? [] });
      return undefined;
    }
  };

  const sponsorHelper = step.action === 'ASSIGN_CONTACTS' ? 'resources.developmentCases.helpers.contacts' : 'resources.developmentCases.helpers.introducers';

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="step-dialog-title" data-testid="step-dialog">
      <Form onSubmit={submit} defaultValues={defaults} noValidate>
        <DialogTitle id="step-dialog-title">
          {translate('resources.developmentCases.stepPanel.dialogTitle', { step: label, name: record.person?.name ?? `#${record.id}` })}
        </DialogTitle>
        <DialogContent>
          {refusal ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="step-refusal">
              {refusal.failures.length > 0 ? (
                <>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {translate('resources.developmentCases.stepPanel.refused')}
                  </Typography>
                  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    {refusal.failures.map((failure) => (
                      <li key={`${failure.rule}-${String(failure.params?.material ?? "")}`} data-rule={failure.rule}>
                        {describeFailure(failure, translate)}
                      </li>
                    ))}
                  </Box>
                </>
              ) : (
                refusal.message
              )}
            </Alert>
          ) : null}
          <DateInput source="on" validate={required()} helperText="resources.developmentCases.helpers.on" fullWidth />
          {spec.fields.includes('personIds') ? (
            <ReferenceArrayInput source="personIds" reference="people" filter={fullMembers} sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteArrayInput
                optionText="name"
                filterToQuery={byName}
                noOptionsText="resources.people.empty"
                validate={required()}
                helperText={sponsorHelper}
                fullWidth
              />
            </ReferenceArrayInput>
          ) : null}
          {spec.fields.includes('assessment') ? (
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
              <TextInput source="period" validate={required()} helperText="resources.developmentCases.helpers.period" />
              <SelectInput source="result" choices={assessmentResultChoices} validate={required()} />
            </Box>
          ) : null}
          {spec.fields.includes('training') ? (
            <>
              <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
                <NumberInput source="days" validate={[required(), minValue(0), maxValue(365)]} step={1} helperText={false} />
                <NumberInput source="hours" validate={[required(), minValue(0), maxValue(2000)]} step={1} helperText={false} />
              </Box>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1 }}>
                {translate('resources.developmentCases.helpers.training')}
              </Typography>
            </>
          ) : null}
          {spec.fields.includes('months') ? (
            <NumberInput source="months" validate={[required(), minValue(6), maxValue(12)]} step={1} helperText="resources.developmentCases.helpers.months" fullWidth />
          ) : null}
          {spec.fields.includes('decisionRef') ? (
            <TextInput
              source="decisionRef"
              validate={spec.decisionRequired ? [required(), maxLength(100)] : maxLength(100)}
              helperText={spec.decisionRequired ? 'resources.developmentCases.helpers.decisionRequired' : 'resources.developmentCases.helpers.decisionRef'}
              fullWidth
            />
          ) : null}
          <TextInput source="note" multiline minRows={2} validate={maxLength(500)} helperText={false} fullWidth />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label={label} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
