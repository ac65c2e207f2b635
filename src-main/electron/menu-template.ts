/**
 * The application menu, as plain data (no Electron import, so unit tests read it). Electron's default menu has
 * « Toggle Developer Tools » and « Reload »; a packaged build offers neither, only editing, zoom and quitting.
 */
export interface MenuItemSpec {
  label?: string;
  role?:
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'reload'
    | 'toggleDevTools'
    | 'quit';
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

export function applicationMenuTemplate(isPackaged: boolean): MenuItemSpec[] {
  const view: MenuItemSpec[] = [
    { label: 'Taille réelle', role: 'resetZoom' },
    { label: 'Agrandir', role: 'zoomIn' },
    { label: 'Réduire', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Plein écran', role: 'togglefullscreen' },
  ];
  if (!isPackaged) {
    view.push(
      { type: 'separator' },
      { label: 'Recharger', role: 'reload' },
      { label: 'Outils de développement', role: 'toggleDevTools' },
    );
  }
  return [
    { label: 'Fichier', submenu: [{ label: 'Quitter', role: 'quit' }] },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    { label: 'Affichage', submenu: view },
  ];
}
