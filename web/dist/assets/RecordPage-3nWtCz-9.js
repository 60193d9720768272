import{A as e,D as t,E as n,Et as r,G as i,J as a,Lt as o,M as s,O as c,T as l,Vt as u,X as d,_t as f,b as p,j as m,lt as h,r as g}from"./vue-GUXGKCqU.js";import{t as _}from"./PageHeader-zFgiQx4i.js";import{t as v}from"./button-C3g7yYmk.js";import{r as y}from"./feedback-BCFsV-TF.js";/* empty css            */import{A as b,D as x,M as S}from"./api-AluvD0fx.js";import{a as C,o as w}from"./format-BDflCD55.js";var T=x(`
  query MyRecord {
    myRecord {
      learner { id name unit { name } }
      years {
        campaignId
        year
        campaignTitle
        points
        requiredPoints
        studyCompleted
        exemption
        bestScore
        outcome
        consequences
        attempts { kind score passed submittedAt autoSubmitted }
      }
    }
  }
`),E=x(`
  query MyCertificate($campaignId: ID!) {
    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }
  }
`),D=x(`
  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`),O=x(`
  mutation CreateRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`),k={class:`page`},A={key:0,class:`card error-text`,role:`alert`},j={key:1,class:`card`,"aria-busy":`true`},M={class:`card muted`},N={key:0,class:`card muted`},P=[`aria-label`],F={class:`year-title`},I={class:`muted`},L={key:0},R={key:1,class:`attempts`},z={key:2,class:`muted`},B={key:3,class:`certificate`},V={class:`code`,"data-testid":`certificate-code`},H={class:`muted`},U=[`href`],W=g(s({__name:`RecordPage`,setup(s){let g=f(null),x=f({}),W=f(``),G=f(``),K={PASSED:`合格`,EXEMPTED:`免考`,NOT_REQUIRED:`无需参考`,IN_PROGRESS:`进行中`,FAILED:`不合格`,NOT_TAKEN:`未参考`},q={GRADE_DEFERRED:`暂缓确定考核等次`,NOT_EXCELLENT:`不得确定为优秀`},J={PENDING:`申请中`,APPROVED:`已批准`,REJECTED:`未批准`};i(async()=>{try{g.value=(await S(T)).myRecord;for(let e of g.value.years.filter(e=>e.outcome===`PASSED`)){let t=(await S(E,{campaignId:e.campaignId})).myCertificate;t&&(x.value[e.campaignId]=t)}}catch(e){W.value=b(e)}});function Y(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()}async function X(e){G.value=e;try{Y((await S(D,{campaignId:e})).createCertificateLink.url)}catch(e){y(b(e))}finally{G.value=``}}async function Z(){if(g.value){G.value=`record`;try{Y((await S(O,{learnerId:g.value.learner.id})).createRecordLink.url)}catch(e){y(b(e))}finally{G.value=``}}}return(i,s)=>{var f,y;return a(),c(`div`,k,[m(_,{title:`学法档案`,back:`/me`}),W.value?(a(),c(`p`,A,u(W.value),1)):g.value?(a(),c(p,{key:2},[l(`p`,M,u(g.value.learner.name)+` · `+u((f=(y=g.value.learner.unit)==null?void 0:y.name)==null?`调动中`:f)+`。档案随本人保存，调动单位、跨年度都不会丢失。 `,1),g.value.years.length?t(``,!0):(a(),c(`p`,N,`还没有学法考法记录。`)),(a(!0),c(p,null,d(g.value.years,n=>{var i;return a(),c(`section`,{key:n.campaignId,class:`card year`,"aria-label":`${n.year} 年度`},[l(`h2`,F,[e(u(n.year)+` 年度 `,1),l(`span`,{class:o([`badge`,n.outcome.toLowerCase()])},u(K[n.outcome]),3)]),l(`p`,I,u(n.campaignTitle),1),l(`p`,null,`学习积分 `+u(n.points)+` / `+u(n.requiredPoints)+` `+u(n.studyCompleted?`（已完成）`:``),1),n.exemption?(a(),c(`p`,L,`免考申请：`+u((i=J[n.exemption])==null?n.exemption:i),1)):t(``,!0),n.attempts.length?(a(),c(`ul`,R,[(a(!0),c(p,null,d(n.attempts,(t,n)=>(a(),c(`li`,{key:n},[e(u(t.kind===`MAKEUP`?`补考`:`正式考试`)+` `+u(t.submittedAt?r(C)(t.submittedAt):``)+`： `,1),l(`strong`,null,u(t.score)+` 分`,1),e(` `+u(t.passed?`通过`:`未通过`)+u(t.autoSubmitted?`（到时自动交卷）`:``),1)]))),128))])):(a(),c(`p`,z,`本年度没有交卷记录。`)),(a(!0),c(p,null,d(n.consequences,e=>(a(),c(`p`,{key:e,class:`consequence`,role:`note`},u(q[e]),1))),128)),x.value[n.campaignId]?(a(),c(`div`,B,[l(`p`,null,[s[0]||(s[0]=e(`成绩证明验证码：`,-1)),l(`span`,V,u(x.value[n.campaignId].code),1)]),l(`p`,H,` 考试日期 `+u(r(w)(x.value[n.campaignId].passedOn))+`。任何人可在查验页面核对真伪： `,1),l(`p`,null,[l(`a`,{href:x.value[n.campaignId].verifyPath,target:`_blank`,rel:`noopener`,class:`action-link`},` 打开查验页面（新窗口） `,8,U)]),m(r(v),{type:`primary`,block:``,loading:G.value===n.campaignId,onClick:e=>X(n.campaignId)},{default:h(()=>[...s[1]||(s[1]=[e(` 下载成绩证明（PDF） `,-1)])]),_:1},8,[`loading`,`onClick`])])):t(``,!0)],8,P)}),128)),g.value.years.length?(a(),n(r(v),{key:1,plain:``,type:`primary`,block:``,loading:G.value===`record`,onClick:Z},{default:h(()=>[...s[2]||(s[2]=[e(` 导出学法档案（Excel） `,-1)])]),_:1},8,[`loading`])):t(``,!0)],64)):(a(),c(`p`,j,`正在加载…`))])}}}),[[`__scopeId`,`data-v-9302a5a5`]]);export{W as default};