import FormatBold from '@mui/icons-material/FormatBold';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatUnderlined from '@mui/icons-material/FormatUnderlined';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import {
  ClearButtons,
  DefaultEditorOptions,
  LinkButtons,
  ListButtons,
  QuoteButtons,
  RichTextInput,
  RichTextInputToolbar,
  useTiptapEditor,
  type RichTextInputProps,
} from 'ra-input-rich-text';
import { useEditorState } from '@tiptap/react';
import { useTranslate } from 'react-admin';
import { EXEMPLAR_MAX_LENGTHS, isBlankStory, storyAsText } from './exemplar';

/**
 * The editor keeps to what the server keeps of a story (paragraphs, emphasis, lists, headings 2–4,
 * quotes, links): no images, colours, code or alignment that would be dropped on saving.
 */
const starterKit = DefaultEditorOptions.extensions!.find((extension) => extension.name === 'starterKit')!;
export const STORY_EDITOR_OPTIONS: RichTextInputProps['editorOptions'] = {
  ...DefaultEditorOptions,
  extensions: [
    starterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
    }),
  ],
};

const MARKS = [
  { value: 'bold', label: 'ra.tiptap.bold', english: 'Bold', icon: <FormatBold fontSize="inherit" /> },
  { value: 'italic', label: 'ra.tiptap.italic', english: 'Italic', icon: <FormatItalic fontSize="inherit" /> },
  { value: 'underline', label: 'ra.tiptap.underline', english: 'Underline', icon: <FormatUnderlined fontSize="inherit" /> },
] as const;

/**
 * The buttons read the editor's state through a selector, as ra-input-rich-text's own buttons do:
 * a transaction re-renders them only when what they show changed, so the toolbar never feeds back
 * into the editor's own re-render on every transaction.
 */
const StoryMarks = () => {
  const editor = useTiptapEditor();
  const translate = useTranslate();
  const active = useEditorState({ editor, selector: ({ editor: current }) => MARKS.map(({ value }) => !!current?.isActive(value)) });
  // The core's own commands: the marks' command types come with their extensions.
  const toggle = (mark: (typeof MARKS)[number]['value']) => editor.chain().focus().toggleMark(mark).run();
  return (
    <ToggleButtonGroup size="small" disabled={!editor?.isEditable}>
      {MARKS.map(({ value, label, english, icon }, index) => (
        <ToggleButton key={value} value={value} aria-label={translate(label, { _: english })} title={translate(label, { _: english })} selected={!!active?.[index]} onClick={() => toggle(value)}>
          {icon}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};

const LEVELS = [2, 3] as const;

/** 小标题: the story's own headings (the page's title is the profile's title). */
const StoryHeadings = () => {
  const editor = useTiptapEditor();
  const translate = useTranslate();
  const active = useEditorState({ editor, selector: ({ editor: current }) => LEVELS.map((level) => !!current?.isActive('heading', { level })) });
  return (
    <ToggleButtonGroup size="small" disabled={!editor?.isEditable}>
      {LEVELS.map((level, index) => {
        const label = translate(`ra.tiptap.heading${level}`, { _: `Heading ${level}` });
        return (
          <ToggleButton
            key={level}
            value={level}
            aria-label={label}
            title={label}
            selected={!!active?.[index]}
            onClick={() => editor.chain().focus().toggleNode('heading', 'paragraph', { level }).run()}
            sx={{ fontWeight: 600, fontSize: 13, px: 1 }}
          >
            {`H${level}`}
          </ToggleButton>
        );
      })}
    </ToggleButtonGroup>
  );
};

export const StoryToolbar = () => (
  <RichTextInputToolbar size="small">
    <StoryHeadings />
    <StoryMarks />
    <ListButtons size="small" />
    <QuoteButtons size="small" />
    <LinkButtons size="small" />
    <ClearButtons size="small" />
  </RichTextInputToolbar>
);

/** Required, and at most the server's number of characters of text (markup not counted). */
export function validateStory(value: unknown): string | { message: string; args: Record<string, unknown> } | undefined {
  if (isBlankStory(value)) return 'ra.validation.required';
  const max = EXEMPLAR_MAX_LENGTHS.story;
  if ([...storyAsText(String(value))].length > max) return { message: 'ra.validation.maxLength', args: { max } };
  return undefined;
}

/** 事迹正文: rich text, kept to what the public page shows. */
export const StoryInput = (props: Omit<RichTextInputProps, 'source'>) => (
  <RichTextInput
    source="story"
    toolbar={<StoryToolbar />}
    editorOptions={STORY_EDITOR_OPTIONS}
    validate={validateStory}
    isRequired
    fullWidth
    sx={{ '& .ProseMirror': { minHeight: 220, fontSize: 15, lineHeight: 1.8 }, '& .ProseMirror h2': { fontSize: 20 }, '& .ProseMirror h3': { fontSize: 17 } }}
    {...props}
  />
);
