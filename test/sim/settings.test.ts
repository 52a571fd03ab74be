import { createSimulator, type Simulator } from "../../src/preview/sim";
import { buildDocx, para, run } from "./build";

interface Result {
  status: string;
  error?: { code: number; name: string; message: string };
}

const save = (sim: Simulator) =>
  new Promise<Result>((resolve) =>
    sim.Office.context.document.settings.saveAsync((r) => resolve(r as unknown as Result)),
  );
const refresh = (sim: Simulator) =>
  new Promise<Result>((resolve) =>
    sim.Office.context.document.settings.refreshAsync((r) => resolve(r as unknown as Result)),
  );

const doc = () => buildDocx({ body: [para(run("x"))] });

describe("document settings", () => {
  test("a save of more than 2 MB fails with InvalidArgument and stores nothing; a smaller one goes through", async () => {
    const sim = await createSimulator(await doc());
    const settings = sim.Office.context.document.settings;
    settings.set("state", { v: 1 });
    expect((await save(sim)).status).toBe("succeeded");
    // Vietnamese text takes more bytes than characters: 800 000 "ệ" are 2.4 MB once serialized.
    settings.set("big", "ệ".repeat(800_000));
    const failed = await save(sim);
    expect(failed).toMatchObject({ status: "failed", error: { name: "InvalidArgument" } });
    expect(failed.error!.message).toContain("2 MB");
    const reopened = await createSimulator(await sim.save());
    expect(reopened.Office.context.document.settings.get("big")).toBeNull();
    expect(reopened.Office.context.document.settings.get("state")).toEqual({ v: 1 });
    settings.set("big", "ệ".repeat(600_000));
    expect((await save(sim)).status).toBe("succeeded");
  });

  test("refreshAsync reads what another person saved; unsaved changes of ours are dropped", async () => {
    const sim = await createSimulator(await doc());
    const settings = sim.Office.context.document.settings;
    settings.set("state", { fills: 1 });
    await save(sim);
    sim.coauthorSettings("state", { fills: 2 });
    sim.coauthorSettings("other", "của người khác");
    settings.set("mine", true);
    expect(settings.get("state")).toEqual({ fills: 1 });
    expect((await refresh(sim)).status).toBe("succeeded");
    expect(settings.get("state")).toEqual({ fills: 2 });
    expect(settings.get("other")).toBe("của người khác");
    expect(settings.get("mine")).toBeNull();
    // What another person saved is in the document.
    const reopened = await createSimulator(await sim.save());
    expect(reopened.Office.context.document.settings.get("state")).toEqual({ fills: 2 });
    sim.coauthorSettings("other", undefined);
    await refresh(sim);
    expect(settings.get("other")).toBeNull();
  });

  test("failNextSave still fails the next save only", async () => {
    const sim = await createSimulator(await doc());
    sim.options.failNextSave = { code: "GeneralException", message: "busy" };
    sim.Office.context.document.settings.set("a", 1);
    expect(await save(sim)).toMatchObject({ status: "failed", error: { name: "GeneralException", message: "busy" } });
    expect((await save(sim)).status).toBe("succeeded");
  });
});
