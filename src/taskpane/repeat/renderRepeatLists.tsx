import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { RepeatList, RepeatListsState } from "./RepeatLists.types";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  line: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  unnamed: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  add: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  input: { flexGrow: 1, minWidth: "10em" },
});

export function renderRepeatLists(state: RepeatListsState) {
  return <RepeatListsView {...state} />;
}

function RepeatListsView(state: RepeatListsState) {
  const { t } = useI18n();
  // The message stays after its list is done and gone (the note taken out of a one-line list).
  const message = state.message && (
    <MessageBar intent={state.message.intent} role={state.message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{t(state.message.key)}</MessageBarBody>
    </MessageBar>
  );
  return (
    <>
      {state.lists.map((list) => (
        <ListCard key={list.key} list={list} state={state} />
      ))}
      {message}
    </>
  );
}

function ListCard({ list, state }: { list: RepeatList; state: RepeatListsState }) {
  const { t } = useI18n();
  const styles = useStyles();
  const title = list.noun ? t("repeat.title", { noun: list.noun }) : t("repeat.titlePlain", { item: list.example });
  const noun = list.noun ?? list.example;
  const add = () => void state.addLine(list);
  return (
    <section className={styles.card} aria-label={title}>
      <h3 className={styles.heading}>
        <Subtitle2>{title}</Subtitle2>
      </h3>
      {list.note && <Caption1>{t("repeat.asks", { note: list.note.text })}</Caption1>}
      <ul className={styles.list}>
        {list.lines.map((line) => (
          <li key={line.paragraph}>
            <span className={styles.line}>
              {line.name ?? <span className={styles.unnamed}>{t("repeat.unnamed")}</span>}
              {state.canEdit && list.lines.length > 1 && (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={state.busy}
                  aria-label={t("repeat.removeLabel", { item: line.name ?? t("repeat.unnamed") })}
                  onClick={() => void state.removeLine(list, line)}
                >
                  {t("repeat.remove")}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {state.canEdit && (
        <div className={styles.add}>
          <Field className={styles.input} label={t("repeat.newName", { noun })}>
            <Input
              value={state.names[list.key] ?? ""}
              onChange={(_, d) => state.setName(list.key, d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && !state.busy) add();
              }}
            />
          </Field>
          <Button disabled={state.busy} onClick={add}>
            {state.busy ? t("repeat.adding") : t("repeat.add")}
          </Button>
        </div>
      )}
      {state.canEdit && list.note && (
        <Button disabled={state.busy} onClick={() => void state.removeNote(list)}>
          {t("repeat.done")}
        </Button>
      )}
    </section>
  );
}
