import BlockIcon from '@mui/icons-material/Block';
import PublishIcon from '@mui/icons-material/Publish';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { GuildhallDataProvider } from '../dataProvider';
import type { TrainingClass } from './training';

type Step = 'publish' | 'cancel';

/**
 * 发布 (a class in preparation) and 取消培训班 (one not cancelled yet), after a confirmation;
 * training:manage only, and the server checks the class is the user's organization's.
 */
const ClassStatusButton = ({ step }: { step: Step }) => {
  const record = useRecordContext<TrainingClass>();
  const dataProvider = useDataProvider<GuildhallDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'trainingClasses', action: step, record });
  const { mutate, isPending } = useMutation({
    mutationFn: (current: TrainingClass) =>
      step === 'publish' ? dataProvider.publishClass({ id: current.id, previousData: current }) : dataProvider.cancelClass({ id: current.id, previousData: current }),
    onSuccess: () => {
      notify(`resources.trainingClasses.notifications.${step === 'publish' ? 'published' : 'cancelled'}`, { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error', autoHideDuration: 10000 }),
    onSettled: () => setOpen(false),
  });
  if (!record || !canAccess) return null;
  if (step === 'publish' && record.status !== 'DRAFT') return null;
  if (step === 'cancel' && record.status === 'CANCELLED') return null;
  return (
    <>
      <Button
        label={`resources.trainingClasses.actions.${step}`}
        onClick={() => setOpen(true)}
        disabled={isPending}
        variant={step === 'publish' ? 'contained' : 'text'}
        color={step === 'cancel' ? 'warning' : 'primary'}
      >
        {step === 'publish' ? <PublishIcon /> : <BlockIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`resources.trainingClasses.confirm.${step}Title`}
        content={`resources.trainingClasses.confirm.${step}Content`}
        titleTranslateOptions={{ title: record.title }}
        onConfirm={() => mutate(record)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

export const PublishClassButton = () => <ClassStatusButton step="publish" />;
export const CancelClassButton = () => <ClassStatusButton step="cancel" />;
