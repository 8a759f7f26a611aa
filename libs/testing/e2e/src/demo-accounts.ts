import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser';

/** The demo region's accounts (README, "Demo accounts"); all share one password. */
export const DEMO_PASSWORD = 'oogo-demo-2026';

export const DemoAccount = {
  /** COORDINATOR of the demo plan, for Gemeente Noorderveen. */
  coordinator: 'gemeente.noorderveen@demo.example',
  /** EDITOR, for Gemeente Haverdijk. */
  gemeenteEditor: 'gemeente.haverdijk@demo.example',
  /** EDITOR, for Stichting Kompas Primair Onderwijs (a schoolbestuur). */
  schoolbestuurEditor: 'stichting.kompas.primair.onderwijs@demo.example',
  /** CONTRIBUTOR, for Jeugdhulp De Linde (a partner). */
  contributor: 'jeugdhulp.de.linde@demo.example',
  /** VIEWER, for GGD Veenmeren. */
  viewer: 'ggd.veenmeren@demo.example',
} as const;

/** Signs in through the login form, as a person would, and waits for "Mijn plannen". */
export async function signInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plannen' }).waitFor();
}

/** Opens the demo plan (the only plan of every demo account) from "Mijn plannen". */
export async function openDemoPlan(page: Page): Promise<string> {
  await page.locator('.oogo-card a').first().click();
  await page.getByRole('heading', { level: 2, name: 'Kompas' }).waitFor();
  return page.url();
}

/** A new page, signed in as `email`, on the demo plan: what most browser tests start from. */
export async function openDemoPlanAs(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ page: Page; planUrl: string }> {
  const page = await openPage(browser);
  await signInAs(page, baseUrl, email);
  return { page, planUrl: await openDemoPlan(page) };
}
