/** The blanks marked "Không phải ô trống", as the check and all fields list them: each restored in one click. */
import "../i18n/views";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import type { DismissedGroup } from "./session/model";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  text: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere", paddingTop: "2px" },
});

export interface DismissedListProps {
  groups: DismissedGroup[];
  restore?: (blankIds: string[]) => Promise<void>;
  /** Names where a group's first place stands; without it, only how many places it has. */
  placeOf?: (section: string[]) => string;
  id: string;
}

export function DismissedList({ groups, restore, placeOf, id }: DismissedListProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        <Text weight="semibold">
          {t("pane.dismissed.title")} ({formatNumber(groups.length)})
        </Text>
      </h3>
      <Caption1>{t("pane.dismissed.hint")}</Caption1>
      <ul className={styles.list}>
        {groups.map((d) => {
          const where = [
            ...(placeOf ? [placeOf(d.section)] : []),
            ...(d.blankIds.length > 1 ? [t("pane.dismissed.places", { count: formatNumber(d.blankIds.length) })] : []),
          ];
          return (
            <li key={d.key} className={styles.item}>
              <Text className={styles.text}>
                {d.label} {where.length > 0 && <Caption1>({where.join(", ")})</Caption1>}
              </Text>
              {restore && (
                <Button
                  size="small"
                  aria-label={t("pane.dismissed.restoreLabel", { label: d.label })}
                  onClick={() => void restore(d.blankIds)}
                >
                  {t("pane.dismissed.restore")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
