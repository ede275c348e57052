import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { I18n, type Translate } from '../../components/i18n';
import '../../components/popup.css';
import '../../components/wiki.css';
import { connectToTab } from './connector';

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs);
document.title = t('extName');
const root = document.getElementById('app')!;
void connectToTab(location.search).then((connector) =>
  render(
    <I18n.Provider value={t}>
      <App connector={connector} />
    </I18n.Provider>,
    root,
  ),
);
