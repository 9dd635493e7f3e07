// 实名认证 form shown before a user can open a shop or tip a streamer.
import { useState } from 'react';

interface RealNameFormValues {
  xingming: string; // 姓名
  idCardNumber: string; // 身份证号
  mobile: string; // 手机号
}

export function RealNameForm({ onSubmit }: { onSubmit: (v: RealNameFormValues) => Promise<void> }) {
  const [values, setValues] = useState<RealNameFormValues>({ xingming: '', idCardNumber: '', mobile: '' });
  const set = (key: keyof RealNameFormValues) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: e.target.value });
  return (
    <form onSubmit={(e) => { e.preventDefault(); void onSubmit(values); }}>
      <label>姓名<input value={values.xingming} onChange={set('xingming')} /></label>
      <label>身份证号<input value={values.idCardNumber} onChange={set('idCardNumber')} maxLength={18} /></label>
      <label>手机号<input value={values.mobile} onChange={set('mobile')} maxLength={11} /></label>
      <button type="submit">提交实名认证</button>
    </form>
  );
}
